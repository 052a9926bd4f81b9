package pe.colca.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

class SettingValuesTest {

    private static final Locale ES = Messages.DEFAULT_LOCALE;
    private static final Locale EN = Locale.ENGLISH;

    @ParameterizedTest(name = "{0} {1} ''{2}'' → ''{3}''")
    @CsvSource(delimiter = '|', value = {
            "catalog.price.justification_threshold_pct | INTEGER | ' 15 '   | 15",
            "catalog.price.justification_threshold_pct | INTEGER | +7       | 7",
            "maintenance.partitions.periods_ahead      | INTEGER | 0        | 0",
            "tax.igv.rate                              | DECIMAL | 0.18     | 0.18",
            "tax.igv.rate                              | DECIMAL | ' 1 '    | 1",
            "tax.prices_include_igv                    | BOOLEAN | TRUE     | true",
            "tax.prices_include_igv                    | BOOLEAN | false    | false",
            "inventory.snapshot.daily_time             | TIME    | 3:00     | 03:00",
            "inventory.snapshot.daily_time             | TIME    | ' 23:59' | 23:59",
            "timezone                                  | STRING  | America/Bogota | America/Bogota",
            "currency.default                          | STRING  | USD      | USD",
            "locale.default                            | STRING  | en-us    | en-US",
            "some.json                                 | JSON    | '{\"a\": [1, 2]}' | '{\"a\": [1, 2]}'",
            "some.text                                 | STRING  | hola mundo | hola mundo"})
    @DisplayName("accepted values are stored in their canonical form")
    void accepted(String key, SettingDataType type, String raw, String stored) {
        assertEquals(stored, SettingValues.normalize(key, type, false, raw, ES));
        assertTrue(SettingValues.readable(type, stored));
        assertTrue(type.accepts(stored));
    }

    @ParameterizedTest(name = "{0} {1} ''{2}'' is refused: {3}")
    @CsvSource(delimiter = '|', value = {
            "catalog.price.justification_threshold_pct | INTEGER | 'abc'    | Ingrese un número entero",
            "catalog.price.justification_threshold_pct | INTEGER | '1.5'    | Ingrese un número entero",
            "catalog.price.justification_threshold_pct | INTEGER | 99999999999 | Ingrese un número entero",
            "catalog.price.justification_threshold_pct | INTEGER | '-1'     | no puede ser negativo",
            "inventory.reservation.ttl_minutes         | INTEGER | '0'      | mayor que cero",
            "catalog.image.max_bytes                   | INTEGER | '0'      | mayor que cero",
            "tax.igv.rate                              | DECIMAL | '0,18'   | número decimal con punto",
            "tax.igv.rate                              | DECIMAL | '1e3'    | número decimal con punto",
            "tax.igv.rate                              | DECIMAL | '-0.1'   | no puede ser negativo",
            "tax.prices_include_igv                    | BOOLEAN | 'yes'    | true o false",
            "inventory.snapshot.daily_time             | TIME    | '25:00'  | HH:MM",
            "inventory.snapshot.daily_time             | TIME    | '3 pm'   | HH:MM",
            "inventory.snapshot.daily_time             | TIME    | '03:60'  | HH:MM",
            "timezone                                  | STRING  | 'Lima/Peru' | zona horaria",
            "currency.default                          | STRING  | 'pen'    | ISO 4217",
            "currency.default                          | STRING  | 'XYZ'    | ISO 4217",
            "locale.default                            | STRING  | 'not a tag!' | etiqueta de idioma",
            "some.json                                 | JSON    | '{\"a\": '  | JSON válido",
            "some.json                                 | JSON    | '{} x'   | JSON válido",
            "some.text                                 | STRING  | '   '    | Ingrese un valor"})
    @DisplayName("values that do not fit the type are refused on field 'value' with a Spanish message")
    void refused(String key, SettingDataType type, String raw, String message) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> SettingValues.normalize(key, type, false, raw, ES));
        assertEquals(1, e.fieldErrors().size());
        assertTrue(e.fieldErrors().get("value").contains(message), e.fieldErrors().toString());
    }

    @Test
    @DisplayName("a missing value is refused, in English when asked")
    void requiredInEnglish() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> SettingValues.normalize("tax.igv.rate", SettingDataType.DECIMAL, false, null, EN));
        assertEquals("Enter a value.", e.fieldErrors().get("value"));
    }

    @Test
    @DisplayName("an encrypted value has less room (its ciphertext must fit the column)")
    void encryptedLength() {
        String long2001 = "x".repeat(2001);
        assertEquals(long2001, SettingValues.normalize("a.b", SettingDataType.STRING, false, long2001, ES));
        assertThrows(InvalidInput.class, () -> SettingValues.normalize("a.b", SettingDataType.STRING, true, long2001, ES));
    }

    @Test
    @DisplayName("stored text that does not fit its type is not readable")
    void unreadable() {
        assertFalse(SettingValues.readable(SettingDataType.INTEGER, "15 min"));
        assertFalse(SettingValues.readable(SettingDataType.BOOLEAN, "TRUE "));
        assertFalse(SettingValues.readable(SettingDataType.TIME, "02:00:00"));
        assertFalse(SettingValues.readable(SettingDataType.JSON, "{"));
        assertFalse(SettingValues.readable(SettingDataType.STRING, null));
        assertTrue(SettingDataType.INTEGER.accepts(null), "null means not set");
    }

    @Test
    @DisplayName("durations take their unit from the key; times and groups are parsed")
    void durationsTimesGroups() {
        assertEquals(Optional.of(Duration.ofMinutes(15)), SettingValues.duration("inventory.reservation.ttl_minutes", 15));
        assertEquals(Optional.of(Duration.ofSeconds(30)), SettingValues.duration("x.poll_seconds", 30));
        assertEquals(Optional.of(Duration.ofHours(2)), SettingValues.duration("x.window_hours", 2));
        assertEquals(Optional.of(Duration.ofDays(7)), SettingValues.duration("x.keep_days", 7));
        assertEquals(Optional.empty(), SettingValues.duration("catalog.image.max_bytes", 7));
        assertEquals(LocalTime.of(3, 0), SettingValues.parseTime("3:00"));
        assertEquals("catalog", SettingValues.groupOf("catalog.price.justification_threshold_pct"));
        assertEquals("timezone", SettingValues.groupOf("timezone"));
    }
}

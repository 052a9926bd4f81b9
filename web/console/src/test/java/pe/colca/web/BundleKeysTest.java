package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.inventory.count.CountStatus;
import pe.colca.invoicing.SunatStatus;
import pe.colca.payment.CashMovementType;
import pe.colca.payment.CashSessionState;
import pe.colca.payment.PaymentMethod;

/**
 * The console's texts: the default, {@code _es} and {@code _en} bundles have the same keys and no empty value
 * (es-PE first, English available), and the keys a screen builds from an enum ({@code cash.tender.} + the
 * method) exist for every value.
 */
class BundleKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/pe/colca/web");
    /** Keys allowed in one bundle only, or empty on purpose: none today. */
    private static final Set<String> EXCEPTIONS = Set.of();
    /** Key prefixes the screens complete with an enum value's name. */
    private static final Map<String, Class<? extends Enum<?>>> BY_ENUM = Map.of(
            "cash.tender.", PaymentMethod.class,
            "cash.state.", CashSessionState.class,
            "cash.type.", CashMovementType.class,
            "document.status.", SunatStatus.class,
            "count.status.", CountStatus.class);

    @Test
    @DisplayName("default, _es and _en have the same keys, none empty")
    void sameKeysNoneEmpty() throws IOException {
        Set<String> base = keys("messages.properties");
        assertEquals(base, keys("messages_es.properties"), "keys of _es against the default");
        assertEquals(base, keys("messages_en.properties"), "keys of _en against the default");
    }

    @Test
    @DisplayName("every enum value a screen names has its text")
    void enumTexts() throws IOException {
        Properties texts = load(BUNDLES.resolve("messages.properties"));
        List<String> missing = new ArrayList<>();
        BY_ENUM.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (texts.getProperty(prefix + value.name()) == null) {
                    missing.add(prefix + value.name());
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    /** The keys of a bundle file but the exceptions; fails on an empty value. */
    private static Set<String> keys(String file) throws IOException {
        Properties texts = load(BUNDLES.resolve(file));
        Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
        keys.removeAll(EXCEPTIONS);
        assertEquals(Set.of(), keys.stream().filter(k -> texts.getProperty(k).isBlank())
                .collect(Collectors.toSet()), "empty values in " + file);
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}

package pe.colca.settings;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/**
 * The text form of setting values: what a user may write for each {@link SettingDataType}, its
 * canonical form, and how the stored text is read back. Pure functions, unit-tested.
 *
 * <p>Rules beyond the type: numbers are never negative (every setting is a rate, a limit, a count or a
 * time span); a number of {@code _seconds}/{@code _minutes}/{@code _hours}/{@code _days}/{@code _bytes}
 * is at least 1; a few well-known keys name a real thing ({@code timezone} a time-zone id,
 * {@code currency.default} an ISO 4217 code, {@code locale.default} a language tag).
 */
public final class SettingValues {

    /** Room in {@code system_settings.value} (varchar 4000) for a plain value. */
    public static final int MAX_LENGTH = 4000;
    /** An encrypted value grows (nonce, tag, Base64) to about 4/3 of the plain text plus 40 characters. */
    public static final int MAX_ENCRYPTED_LENGTH = 2000;

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,10}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,18}(\\.[0-9]{1,12})?");
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "_seconds", ChronoUnit.SECONDS, "_minutes", ChronoUnit.MINUTES,
            "_hours", ChronoUnit.HOURS, "_days", ChronoUnit.DAYS);

    private SettingValues() {
    }

    /**
     * The canonical text of a value a user typed for setting {@code key} of {@code type}
     * ({@code " 3:00 "} → {@code 03:00}, {@code TRUE} → {@code true}).
     *
     * @throws InvalidInput on field {@code value}, with the rule that failed in {@code locale}'s language
     */
    public static String normalize(String key, SettingDataType type, boolean encrypted, String raw, Locale locale) {
        if (raw == null || raw.isBlank()) {
            throw invalid(locale, "settings.value.required");
        }
        String v = type == SettingDataType.STRING || type == SettingDataType.JSON ? raw : raw.strip();
        int max = encrypted ? MAX_ENCRYPTED_LENGTH : MAX_LENGTH;
        if (v.length() > max) {
            throw invalid(locale, "settings.value.size", max);
        }
        return switch (type) {
            case STRING -> checkedString(key, v, locale);
            case INTEGER -> {
                if (!INTEGER.matcher(v).matches() || !fitsInt(v)) {
                    throw invalid(locale, "settings.value.integer");
                }
                int n = Integer.parseInt(v);
                checkSign(key, BigDecimal.valueOf(n), locale);
                yield Integer.toString(n);
            }
            case DECIMAL -> {
                if (!DECIMAL.matcher(v).matches()) {
                    throw invalid(locale, "settings.value.decimal");
                }
                BigDecimal d = new BigDecimal(v);
                checkSign(key, d, locale);
                yield d.toPlainString();
            }
            case BOOLEAN -> {
                String lower = v.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw invalid(locale, "settings.value.boolean");
                }
                yield lower;
            }
            case TIME -> {
                if (!TIME.matcher(v).matches()) {
                    throw invalid(locale, "settings.value.time");
                }
                yield HH_MM.format(parseTime(v));
            }
            case JSON -> {
                if (!isJson(v)) {
                    throw invalid(locale, "settings.value.json");
                }
                yield v.strip();
            }
        };
    }

    /** Whether the stored text {@code value} reads as {@code type}. */
    public static boolean readable(SettingDataType type, String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return switch (type) {
            case STRING -> true;
            case INTEGER -> INTEGER.matcher(v).matches() && fitsInt(v);
            case DECIMAL -> DECIMAL.matcher(v).matches();
            case BOOLEAN -> v.equals("true") || v.equals("false");
            case TIME -> TIME.matcher(v).matches();
            case JSON -> isJson(v);
        };
    }

    /** The time of a TIME value ({@code 3:00} or {@code 03:00}); call {@link #readable} first. */
    public static LocalTime parseTime(String value) {
        String[] parts = value.strip().split(":");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** The unit a key names by its suffix ({@code ttl_minutes} → minutes), if any. */
    public static Optional<ChronoUnit> unitOf(String key) {
        return UNITS.entrySet().stream().filter(e -> key.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** The time span of a whole number of the key's unit; empty when the key names none. */
    public static Optional<Duration> duration(String key, int amount) {
        return unitOf(key).map(unit -> Duration.of(amount, unit));
    }

    /** The group a setting belongs to: its key up to the first dot ({@code catalog}, {@code timezone}). */
    public static String groupOf(String key) {
        int dot = key.indexOf('.');
        return dot > 0 ? key.substring(0, dot) : key;
    }

    private static String checkedString(String key, String v, Locale locale) {
        switch (key) {
            case "timezone" -> {
                try {
                    ZoneId.of(v.strip());
                } catch (DateTimeException e) {
                    throw invalid(locale, "settings.value.timezone");
                }
                return v.strip();
            }
            case "currency.default" -> {
                String code = v.strip();
                if (!CURRENCY.matcher(code).matches() || !knownCurrency(code)) {
                    throw invalid(locale, "settings.value.currency");
                }
                return code;
            }
            case "locale.default" -> {
                try {
                    Locale parsed = new Locale.Builder().setLanguageTag(v.strip()).build();
                    if (parsed.getLanguage().isEmpty()) {
                        throw invalid(locale, "settings.value.locale");
                    }
                    return parsed.toLanguageTag();
                } catch (IllformedLocaleException e) {
                    throw invalid(locale, "settings.value.locale");
                }
            }
            default -> {
                return v;
            }
        }
    }

    private static void checkSign(String key, BigDecimal n, Locale locale) {
        boolean mustBePositive = unitOf(key).isPresent() || key.endsWith("_bytes");
        if (mustBePositive && n.signum() <= 0) {
            throw invalid(locale, "settings.value.positive");
        }
        if (n.signum() < 0) {
            throw invalid(locale, "settings.value.negative");
        }
    }

    private static boolean fitsInt(String v) {
        try {
            Integer.parseInt(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isJson(String v) {
        if (v.isBlank()) {
            return false;
        }
        try (JsonParser parser = Json.createParser(new StringReader(v))) {
            while (parser.hasNext()) { // to the end: trailing text after the document is an error too
                parser.next();
            }
            return true;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return false;
        }
    }

    private static InvalidInput invalid(Locale locale, String messageKey, Object... args) {
        return InvalidInput.of("value", Messages.format(locale, messageKey, args));
    }
}

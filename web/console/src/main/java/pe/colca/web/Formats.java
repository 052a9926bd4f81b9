package pe.colca.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;

/**
 * How the console shows amounts, numbers, dates and times, whatever the server's locale or time
 * zone: amounts as {@code S/ 1,234.50} (soles, grouping with comma, two decimals HALF_UP, as printed
 * on Peruvian receipts), instants in Lima's time. Use it from pages as {@code #{formats.money(x)}}.
 */
@Named
@ApplicationScoped
public class Formats {

    /** The business time zone: Peru has no daylight saving, UTC-5 all year. */
    public static final ZoneId LIMA = ZoneId.of("America/Lima");

    private static final DecimalFormatSymbols PERU_SYMBOLS = peruSymbols();

    @Inject
    private LocaleBean localeBean;

    /** {@code S/ 1,234.50}; null shows as an empty text. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = decimal("#,##0.00").format(rounded.abs());
        return (rounded.signum() < 0 ? "-S/ " : "S/ ") + digits;
    }

    /** {@code 12,345} (Peruvian grouping). */
    public String number(long value) {
        return decimal("#,##0").format(value);
    }

    /** {@code 12,345}, or an em dash when there is no figure. */
    public String count(Long value) {
        return value == null ? "—" : number(value);
    }

    /** Date and time in Lima: {@code 25 nov. 2025 14:05} (es) / {@code 25 Nov 2025 14:05} (en). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale())
                .withZone(LIMA).format(instant);
    }

    /** Time of day in Lima: {@code 14:05}. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale()).withZone(LIMA).format(instant);
    }

    /** A calendar date: {@code 25/11/2025}. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy", locale()).format(date);
    }

    /** For {@code <f:convertDateTime timeZone="#{formats.timeZone}">}. */
    public TimeZone getTimeZone() {
        return TimeZone.getTimeZone(LIMA);
    }

    public ZoneId getZone() {
        return LIMA;
    }

    private Locale locale() {
        try {
            return localeBean == null ? LocaleBean.SPANISH : localeBean.getLocale();
        } catch (RuntimeException noSession) {
            return LocaleBean.SPANISH;
        }
    }

    /** DecimalFormat is not thread-safe: a new one per call (cheap). */
    private static DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, PERU_SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static DecimalFormatSymbols peruSymbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator('.');
        symbols.setGroupingSeparator(',');
        symbols.setMinusSign('-');
        return symbols;
    }
}

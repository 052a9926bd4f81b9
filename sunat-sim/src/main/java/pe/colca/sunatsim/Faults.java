package pe.colca.sunatsim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fault injection, switched at run time through the admin endpoint ({@code /sunat-sim/admin/faults}):
 * SUNAT down (HTTP 503), slow, 0100-range exceptions for the next sends, "already registered" (1033)
 * for the next sends, 4xxx observations on the next accepted documents, how many times getStatus answers
 * 98 before the result, results 99 for the next tickets, every ticket held at 98 ({@code statusHold}), 0127
 * "the ticket does not exist" for the tickets of the next summaries ({@code statusUnknownCount}: SUNAT lost
 * the file, nothing of it was processed), and whether
 * rejections come as faults (SUNAT
 * beta) or as CDRs (production). Thread-safe; {@link #reset()} restores the defaults.
 */
public final class Faults {

    private boolean unavailable;
    private long delayMillis;
    private String exceptionCode;
    private int exceptionCount;
    private int alreadyRegisteredCount;
    private String observationCode;
    private int observationCount;
    private int statusProcessingPolls;
    private String statusErrorCode;
    private int statusErrorCount;
    private boolean rejectionsAsFaults;
    private boolean statusHold;
    private int statusUnknownCount;

    public Faults() {
        reset();
    }

    /** Back to the defaults: available, no delay, nothing injected, one 98 per ticket, rejections as CDRs. */
    public synchronized void reset() {
        unavailable = false;
        delayMillis = 0;
        exceptionCode = "0100";
        exceptionCount = 0;
        alreadyRegisteredCount = 0;
        observationCode = "4252";
        observationCount = 0;
        statusProcessingPolls = 1;
        statusErrorCode = "2282";
        statusErrorCount = 0;
        rejectionsAsFaults = false;
        statusHold = false;
        statusUnknownCount = 0;
    }

    public synchronized boolean unavailable() {
        return unavailable;
    }

    public synchronized long delayMillis() {
        return delayMillis;
    }

    public synchronized boolean rejectionsAsFaults() {
        return rejectionsAsFaults;
    }

    public synchronized int statusProcessingPolls() {
        return statusProcessingPolls;
    }

    /** While on, getStatus answers 98 for every ticket (a SUNAT queue that does not move); off, they go on. */
    public synchronized boolean statusHold() {
        return statusHold;
    }

    /** Whether SUNAT loses this summary: a ticket is given, nothing is processed, getStatus answers 0127 (counts it down). */
    synchronized boolean takeStatusUnknown() {
        if (statusUnknownCount <= 0) {
            return false;
        }
        statusUnknownCount--;
        return true;
    }

    /** The injected exception code for this send, if one is still due (counts it down). */
    synchronized String takeException() {
        if (exceptionCount <= 0) {
            return null;
        }
        exceptionCount--;
        return exceptionCode;
    }

    synchronized boolean takeAlreadyRegistered() {
        if (alreadyRegisteredCount <= 0) {
            return false;
        }
        alreadyRegisteredCount--;
        return true;
    }

    synchronized String takeObservation() {
        if (observationCount <= 0) {
            return null;
        }
        observationCount--;
        return observationCode;
    }

    synchronized String takeStatusError() {
        if (statusErrorCount <= 0) {
            return null;
        }
        statusErrorCount--;
        return statusErrorCode;
    }

    /** The switches, for the admin endpoint (JSON object of these names). */
    public synchronized Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unavailable", unavailable);
        m.put("delayMillis", delayMillis);
        m.put("exceptionCode", exceptionCode);
        m.put("exceptionCount", exceptionCount);
        m.put("alreadyRegisteredCount", alreadyRegisteredCount);
        m.put("observationCode", observationCode);
        m.put("observationCount", observationCount);
        m.put("statusProcessingPolls", statusProcessingPolls);
        m.put("statusErrorCode", statusErrorCode);
        m.put("statusErrorCount", statusErrorCount);
        m.put("rejectionsAsFaults", rejectionsAsFaults);
        m.put("statusHold", statusHold);
        m.put("statusUnknownCount", statusUnknownCount);
        return m;
    }

    /**
     * Changes the switches named in {@code values} (names of {@link #snapshot()}, values as text); the
     * others stay. All or nothing: a bad value changes nothing.
     *
     * @throws IllegalArgumentException naming the unknown switch or the bad value
     */
    public synchronized void apply(Map<String, String> values) {
        Map<String, Object> next = snapshot();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().strip();
            Object current = next.get(name);
            if (current == null) {
                throw new IllegalArgumentException("unknown switch '" + name + "'; known: " + next.keySet());
            }
            next.put(name, convert(name, current, value));
        }
        unavailable = (Boolean) next.get("unavailable");
        delayMillis = (Long) next.get("delayMillis");
        exceptionCode = (String) next.get("exceptionCode");
        exceptionCount = (Integer) next.get("exceptionCount");
        alreadyRegisteredCount = (Integer) next.get("alreadyRegisteredCount");
        observationCode = (String) next.get("observationCode");
        observationCount = (Integer) next.get("observationCount");
        statusProcessingPolls = (Integer) next.get("statusProcessingPolls");
        statusErrorCode = (String) next.get("statusErrorCode");
        statusErrorCount = (Integer) next.get("statusErrorCount");
        rejectionsAsFaults = (Boolean) next.get("rejectionsAsFaults");
        statusHold = (Boolean) next.get("statusHold");
        statusUnknownCount = (Integer) next.get("statusUnknownCount");
    }

    private static Object convert(String name, Object current, String value) {
        if (current instanceof Boolean) {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
            }
            return Boolean.valueOf(value);
        }
        if (current instanceof String) {
            boolean exception = name.equals("exceptionCode");
            String pattern = exception ? "0[1-9][0-9]{2}|1[0-9]{3}" : name.equals("observationCode") ? "4[0-9]{3}" : "[0-9]{4}";
            if (!value.matches(pattern)) {
                throw new IllegalArgumentException(name + " must be a SUNAT code matching " + pattern + ", not '" + value + "'");
            }
            return value;
        }
        try {
            long n = Long.parseLong(value);
            long max = current instanceof Long ? 600_000 : 1_000_000;
            if (n < 0 || n > max) {
                throw new IllegalArgumentException(name + " must be between 0 and " + max + ", not " + n);
            }
            return current instanceof Long ? (Object) n : (Object) (int) n;
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}

package pe.colca.customer;

/**
 * The fields of a customer a merge chooses one by one (the strategy, stored as jsonb in
 * {@code customer_merge_log.merge_strategy} under {@link #key()}). The document is one choice (type and
 * number together); so is the marketing consent (answer, channel, date and who recorded it).
 */
public enum MergeField {
    DOCUMENT("document"),
    FULL_NAME("fullName"),
    EMAIL("email"),
    PHONE("phone"),
    BIRTH_DATE("birthDate"),
    GENDER("gender"),
    SEGMENT("segment"),
    MARKETING_CONSENT("marketingConsent");

    private final String key;

    MergeField(String key) {
        this.key = key;
    }

    /** The name in the API, the console and the stored strategy. */
    public String key() {
        return key;
    }

    /** The field of this key, or null. */
    public static MergeField ofKey(String key) {
        for (MergeField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}

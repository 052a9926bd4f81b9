package pe.colca.customer;

/** Through which channel a customer gave (or withdrew) his marketing consent ({@code customers.marketing_consent_channel}). */
public enum ConsentChannel {
    IN_STORE,
    WEB,
    PHONE,
    EMAIL,
    WHATSAPP
}

package pe.colca.customer;

/**
 * Why two customers may be the same person: the same document (or a DNI and the RUC of prefix 10 that embeds
 * it, the same person as a taxpayer), the same email (case-insensitive), the same phone, or names whose trigram
 * similarity reaches the setting {@code customer.duplicates.similarity}.
 */
public enum DuplicateReason {
    DOCUMENT,
    EMAIL,
    PHONE,
    NAME
}

package pe.colca.catalog;

/** Why a price changed: the base price, a promotion, or a bulk import. */
public enum PriceChangeType {
    BASE,
    PROMO,
    BULK
}

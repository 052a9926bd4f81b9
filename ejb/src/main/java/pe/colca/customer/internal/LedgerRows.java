package pe.colca.customer.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.customer.LoyaltyMovement;
import pe.colca.customer.LoyaltyMovementView;
import pe.colca.customer.WalletTransaction;
import pe.colca.customer.WalletTransactionView;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.SqlValues;
import pe.colca.customer.LedgerCustomerNotFound;

/**
 * The SQL both ledgers share: find a live customer with his account or wallet in one round trip, create the
 * account or wallet on first use ({@code INSERT ... ON CONFLICT (customer_id) DO NOTHING}, so two first uses
 * cannot collide on the one-per-customer key), and the checks of amounts, points and texts.
 */
final class LedgerRows {

    /** The largest single amount (S/) or order amount accepted; numeric(14,2) holds far more. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");
    static final int MAX_POINTS = 1_000_000;
    static final int MAX_REASON = 500;
    static final int MAX_REFERENCE = 100;

    /** A live customer and his account or wallet id (null before the first use). */
    record Holder(long customerId, String segment, Long ledgerId) {
    }

    private LedgerRows() {
    }

    /** The customer with his loyalty account ({@code table} = loyalty_accounts) or wallet (customer_wallets). */
    static Holder holder(EntityManager em, String table, long customerId) {
        return holder(em, table, customerId, "");
    }

    /**
     * The same for a posting: the live customer row is held {@code FOR SHARE} until the posting commits. A
     * merge or a deletion locks it {@code FOR UPDATE}, so a posting that started first finishes before the
     * merge moves the balance, and one that starts during the merge waits and then finds the customer gone
     * (404) instead of landing on the absorbed customer's emptied account.
     */
    static Holder holderForPosting(EntityManager em, String table, long customerId) {
        return holder(em, table, customerId, " FOR SHARE OF c");
    }

    private static Holder holder(EntityManager em, String table, long customerId, String lock) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.segment, a.id FROM customers c LEFT JOIN " + table
                        + " a ON a.customer_id = c.id WHERE c.id = :c AND c.deleted_at IS NULL" + lock)
                .setParameter("c", customerId).getResultList();
        if (rows.isEmpty()) {
            throw new LedgerCustomerNotFound(customerId);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Holder(customerId, (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue());
    }

    /** The account or wallet id of the customer, created now when he has none. */
    static long created(EntityManager em, String table, Holder holder) {
        if (holder.ledgerId() != null) {
            return holder.ledgerId();
        }
        em.createNativeQuery("INSERT INTO " + table + " (id, customer_id, version) VALUES (nextval('" + table
                        + "_seq'), :c, 0) ON CONFLICT (customer_id) DO NOTHING")
                .setParameter("c", holder.customerId()).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM " + table + " WHERE customer_id = :c")
                .setParameter("c", holder.customerId()).getSingleResult()).longValue();
    }

    /** A positive amount of at most two decimals and {@link #MAX_AMOUNT}. */
    static BigDecimal amount(String field, BigDecimal amount, boolean signed, Locale locale) {
        if (amount == null) {
            throw invalid(field, "wallet.amount.required", locale);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid(field, "wallet.amount.scale", locale);
        }
        if (signed ? amount.signum() == 0 : amount.signum() <= 0) {
            throw invalid(field, signed ? "wallet.amount.nonZero" : "wallet.amount.positive", locale);
        }
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw invalid(field, "wallet.amount.max", locale);
        }
        return amount.setScale(2);
    }

    /** Required text of at most {@code max} characters, stripped. */
    static String text(String field, String value, int max, String requiredKey, String sizeKey, Locale locale) {
        if (value == null || value.isBlank()) {
            throw invalid(field, requiredKey, locale);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw invalid(field, sizeKey, locale);
        }
        return stripped;
    }

    static InvalidInput invalid(String field, String key, Locale locale) {
        return new InvalidInput(Map.of(field, Messages.format(locale, key)));
    }

    /** Which ledger a read is about: its line entity and the field naming the account or wallet. */
    enum Ledger {
        LOYALTY("LoyaltyMovement", "loyaltyAccountId"),
        WALLET("WalletTransaction", "walletId");

        private final String from;

        Ledger(String entity, String ledgerField) {
            this.from = " FROM " + entity + " x WHERE x." + ledgerField + " = :ledger";
        }
    }

    /** A page of the lines of an account or wallet (null: none yet), newest first. */
    static <E, V> Page<V> page(EntityManager em, Ledger ledger, Long ledgerId, Class<E> type, Function<E, V> view,
                               PageRequest page) {
        if (ledgerId == null) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        List<V> items = em.createQuery("SELECT x" + ledger.from + " ORDER BY x.createdAt DESC, x.id DESC", type)
                .setParameter("ledger", ledgerId).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(view).toList();
        long total = em.createQuery("SELECT count(x)" + ledger.from, Long.class).setParameter("ledger", ledgerId)
                .getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Every line of an account or wallet (null: none yet), newest first: the personal-data export. */
    static <E, V> List<V> all(EntityManager em, Ledger ledger, Long ledgerId, Class<E> type, Function<E, V> view) {
        if (ledgerId == null) {
            return List.of();
        }
        return em.createQuery("SELECT x" + ledger.from + " ORDER BY x.createdAt DESC, x.id DESC", type)
                .setParameter("ledger", ledgerId).getResultStream().map(view).toList();
    }

    static LoyaltyMovementView view(LoyaltyMovement m) {
        return new LoyaltyMovementView(m.getId(), m.getType(), m.getPoints(), m.getOrderId(), m.getReason(),
                m.getCreatedAt());
    }

    static WalletTransactionView view(WalletTransaction t) {
        return new WalletTransactionView(t.getId(), t.getType(), t.getAmount(), t.getReference(), t.getReason(),
                t.getCreatedAt());
    }

    static long longValue(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        return SqlValues.instant(value);
    }
}

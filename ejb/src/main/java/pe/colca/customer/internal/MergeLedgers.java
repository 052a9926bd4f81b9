package pe.colca.customer.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;

/**
 * The ledger half of a merge, in the merge's transaction: the absorbed customer's points and wallet balance
 * leave his ledgers ({@code MERGE_OUT}, negative) and arrive in the survivor's ({@code MERGE_IN}, positive),
 * the survivor's account or wallet created on first use; each balance changes by exactly its line, so both
 * balances stay the sums of their lines and the total is preserved. The two account (or wallet) rows are locked
 * in id order ({@code FOR NO KEY UPDATE}, as the expiry job does) before the balance to move is read, so no
 * concurrent redemption or payment can change it in between; the lines are written before the rows change.
 * The orders that earned points on the absorbed account ({@code loyalty_order_points}) move with them, so a
 * later refund reverses the points from the survivor. The absorbed account's lifetime points move too.
 */
final class MergeLedgers {

    /** What moved from the absorbed customer's loyalty account. */
    record Points(int balance, int lifetime) {
    }

    private final EntityManager em;

    MergeLedgers(EntityManager em) {
        this.em = em;
    }

    /** Moves every point of {@code absorbedId} to {@code survivorId}; returns what moved (zeros without an account). */
    Points moveLoyalty(long absorbedId, long survivorId, String reason) {
        Long from = ledgerOf(DefaultLoyaltyService.ACCOUNTS, absorbedId);
        if (from == null) {
            return new Points(0, 0);
        }
        long to = LedgerRows.created(em, DefaultLoyaltyService.ACCOUNTS,
                new LedgerRows.Holder(survivorId, null, ledgerOf(DefaultLoyaltyService.ACCOUNTS, survivorId)));
        lockInOrder(DefaultLoyaltyService.ACCOUNTS, from, to);
        Tuple account = (Tuple) em.createNativeQuery("SELECT points_balance, lifetime_points FROM loyalty_accounts"
                + " WHERE id = :a", Tuple.class).setParameter("a", from).getSingleResult();
        int balance = ((Number) account.get("points_balance")).intValue();
        int lifetime = ((Number) account.get("lifetime_points")).intValue();
        em.createNativeQuery("UPDATE loyalty_order_points SET loyalty_account_id = :to, updated_at = now()"
                + " WHERE loyalty_account_id = :from").setParameter("to", to).setParameter("from", from).executeUpdate();
        if (balance == 0 && lifetime == 0) {
            return new Points(0, 0);
        }
        if (balance > 0) {
            loyaltyLine(from, "MERGE_OUT", -balance, reason);
            loyaltyLine(to, "MERGE_IN", balance, reason);
        }
        int out = em.createNativeQuery("UPDATE loyalty_accounts SET points_balance = points_balance - :p,"
                        + " lifetime_points = lifetime_points - :l, last_movement_at = now(), version = version + 1"
                        + " WHERE id = :a AND points_balance >= :p AND lifetime_points >= :l")
                .setParameter("p", balance).setParameter("l", lifetime).setParameter("a", from).executeUpdate();
        int in = em.createNativeQuery("UPDATE loyalty_accounts SET points_balance = points_balance + :p,"
                        + " lifetime_points = lifetime_points + :l, last_movement_at = now(), version = version + 1"
                        + " WHERE id = :a").setParameter("p", balance).setParameter("l", lifetime).setParameter("a", to)
                .executeUpdate();
        if (out != 1 || in != 1) {
            throw new IllegalStateException("loyalty accounts " + from + " → " + to + " changed under their locks");
        }
        return new Points(balance, lifetime);
    }

    /** Moves the whole wallet balance of {@code absorbedId} to {@code survivorId}; returns it (0.00 without a wallet). */
    BigDecimal moveWallet(long absorbedId, long survivorId, String reason) {
        Long from = ledgerOf(DefaultWalletService.WALLETS, absorbedId);
        if (from == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal balance = (BigDecimal) em.createNativeQuery("SELECT balance FROM customer_wallets WHERE id = :w")
                .setParameter("w", from).getSingleResult();
        if (balance.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        long to = LedgerRows.created(em, DefaultWalletService.WALLETS,
                new LedgerRows.Holder(survivorId, null, ledgerOf(DefaultWalletService.WALLETS, survivorId)));
        lockInOrder(DefaultWalletService.WALLETS, from, to);
        balance = ((BigDecimal) em.createNativeQuery("SELECT balance FROM customer_wallets WHERE id = :w")
                .setParameter("w", from).getSingleResult()).setScale(2);
        if (balance.signum() == 0) {
            return balance;
        }
        String reference = "MERGE-" + absorbedId;
        walletLine(from, "MERGE_OUT", balance.negate(), reference, reason);
        walletLine(to, "MERGE_IN", balance, reference, reason);
        int out = em.createNativeQuery("UPDATE customer_wallets SET balance = balance - :a, version = version + 1,"
                        + " updated_at = now() WHERE id = :w AND balance - :a >= 0")
                .setParameter("a", balance).setParameter("w", from).executeUpdate();
        int in = em.createNativeQuery("UPDATE customer_wallets SET balance = balance + :a, version = version + 1,"
                + " updated_at = now() WHERE id = :w").setParameter("a", balance).setParameter("w", to).executeUpdate();
        if (out != 1 || in != 1) {
            throw new IllegalStateException("wallets " + from + " → " + to + " changed under their locks");
        }
        return balance;
    }

    /** The points balance of a customer (0 without an account). */
    int points(long customerId) {
        List<?> rows = em.createNativeQuery("SELECT points_balance FROM loyalty_accounts WHERE customer_id = :c")
                .setParameter("c", customerId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** The wallet balance of a customer (0.00 without a wallet). */
    BigDecimal wallet(long customerId) {
        List<?> rows = em.createNativeQuery("SELECT balance FROM customer_wallets WHERE customer_id = :c")
                .setParameter("c", customerId).getResultList();
        return rows.isEmpty() ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) rows.get(0)).setScale(2);
    }

    private Long ledgerOf(String table, long customerId) {
        List<?> rows = em.createNativeQuery("SELECT id FROM " + table + " WHERE customer_id = :c")
                .setParameter("c", customerId).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    private void lockInOrder(String table, long a, long b) {
        em.createNativeQuery("SELECT id FROM " + table + " WHERE id IN (:a, :b) ORDER BY id FOR NO KEY UPDATE")
                .setParameter("a", a).setParameter("b", b).getResultList();
    }

    private void loyaltyLine(long accountId, String type, int points, String reason) {
        em.createNativeQuery("INSERT INTO loyalty_movements (id, loyalty_account_id, type, points, reason, created_at)"
                        + " VALUES (nextval('loyalty_movements_seq'), :a, :t, :p, :r, now())")
                .setParameter("a", accountId).setParameter("t", type).setParameter("p", points).setParameter("r", reason)
                .executeUpdate();
    }

    private void walletLine(long walletId, String type, BigDecimal amount, String reference, String reason) {
        em.createNativeQuery("INSERT INTO wallet_transactions (id, wallet_id, type, amount, reference, reason, created_at)"
                        + " VALUES (nextval('wallet_transactions_seq'), :w, :t, :a, :ref, :r, now())")
                .setParameter("w", walletId).setParameter("t", type).setParameter("a", amount)
                .setParameter("ref", reference).setParameter("r", reason).executeUpdate();
    }
}

package pe.colca.customer.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.LedgerVersionStale;
import pe.colca.customer.WalletBalance;
import pe.colca.customer.WalletBalanceInsufficient;
import pe.colca.customer.WalletPosted;
import pe.colca.customer.WalletReferenceReused;
import pe.colca.customer.WalletService;
import pe.colca.customer.WalletTransaction;
import pe.colca.customer.WalletTransactionType;
import pe.colca.customer.WalletTransactionView;
import pe.colca.security.AuditTrail;

/**
 * The wallet ledger. Every change writes its {@code wallet_transactions} row first ({@code INSERT ... ON
 * CONFLICT DO NOTHING} on the reference key, so a retried top-up, payment or refund writes nothing) and then
 * changes the wallet row with one conditional {@code UPDATE ... WHERE balance + :change >= 0 RETURNING}: the
 * row lock is the last thing taken and is held for that statement and the commit; concurrent debits queue on
 * it and each re-checks the committed balance (READ COMMITTED re-evaluates the WHERE), so of N debits that
 * together exceed the balance only those that fit succeed, and a refusal rolls its row back.
 */
@Stateless
public class DefaultWalletService implements WalletService {

    static final String WALLETS = "customer_wallets";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private AuditTrail audit;

    /** The wallet row after (or as of) a change. */
    private record After(BigDecimal balance, long version) {
    }

    @Override
    @RolesAllowed("customer.view")
    public WalletBalance balance(long customerId) {
        LedgerRows.Holder holder = LedgerRows.holder(em, WALLETS, customerId);
        if (holder.ledgerId() == null) {
            return new WalletBalance(customerId, null, BigDecimal.ZERO.setScale(2), null, 0);
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT balance, updated_at, version FROM customer_wallets"
                + " WHERE id = :w").setParameter("w", holder.ledgerId()).getSingleResult();
        return new WalletBalance(customerId, holder.ledgerId(), ((BigDecimal) row[0]).setScale(2),
                LedgerRows.instant(row[1]), LedgerRows.longValue(row[2]));
    }

    @Override
    @RolesAllowed("customer.view")
    public Page<WalletTransactionView> transactions(long customerId, PageRequest page) {
        LedgerRows.Holder holder = LedgerRows.holder(em, WALLETS, customerId);
        return LedgerRows.page(em, LedgerRows.Ledger.WALLET, holder.ledgerId(), WalletTransaction.class, LedgerRows::view,
                page);
    }

    @Override
    @RolesAllowed("payment.create")
    public WalletPosted topUp(long customerId, BigDecimal amount, String paymentReference) {
        Locale locale = request.getLocale();
        BigDecimal value = LedgerRows.amount("amount", amount, false, locale);
        String reference = reference(paymentReference, locale);
        WalletPosted posted = post(customerId, WalletTransactionType.CREDIT, value, reference, null, null);
        if (!posted.replayed()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("customer_id", customerId);
            change.put("amount", value);
            change.put("reference", reference);
            change.put("balance", posted.balance());
            audit.record("WALLET_TOP_UP", WALLETS, posted.walletId(), null, change);
        }
        return posted;
    }

    @Override
    @RolesAllowed("payment.create")
    public WalletPosted pay(long customerId, BigDecimal amount, String reference) {
        Locale locale = request.getLocale();
        BigDecimal value = LedgerRows.amount("amount", amount, false, locale);
        return post(customerId, WalletTransactionType.DEBIT, value.negate(), reference(reference, locale), null, null);
    }

    @Override
    @RolesAllowed({"payment.refund", "order.refund.approve", "order.cancel.approve"})
    public WalletPosted refund(long customerId, BigDecimal amount, String reference) {
        Locale locale = request.getLocale();
        BigDecimal value = LedgerRows.amount("amount", amount, false, locale);
        return post(customerId, WalletTransactionType.REFUND, value, reference(reference, locale), null, null);
    }

    @Override
    @RolesAllowed("wallet.adjust")
    public WalletPosted adjust(long customerId, BigDecimal amount, String reason, Long expectedVersion) {
        Locale locale = request.getLocale();
        BigDecimal value = LedgerRows.amount("amount", amount, true, locale);
        String why = LedgerRows.text("reason", reason, LedgerRows.MAX_REASON, "wallet.reason.required",
                "wallet.reason.size", locale);
        WalletPosted posted = post(customerId, WalletTransactionType.ADJUSTMENT, value, null, why, expectedVersion);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("customer_id", customerId);
        change.put("amount", value);
        change.put("reason", why);
        change.put("balance", posted.balance());
        audit.record("WALLET_ADJUST", WALLETS, posted.walletId(), Map.of("balance", posted.balance().subtract(value)),
                change);
        return posted;
    }

    /** The row first, then the wallet: see the class comment. */
    private WalletPosted post(long customerId, WalletTransactionType type, BigDecimal signed, String reference,
                              String reason, Long expectedVersion) {
        LedgerRows.Holder holder = LedgerRows.holderForPosting(em, WALLETS, customerId);
        if (holder.ledgerId() == null && expectedVersion != null && expectedVersion != 0) {
            throw LedgerVersionStale.wallet(customerId, expectedVersion, 0);
        }
        if (holder.ledgerId() == null && signed.signum() < 0) {
            throw new WalletBalanceInsufficient(signed.negate(), BigDecimal.ZERO.setScale(2));
        }
        long walletId = LedgerRows.created(em, WALLETS, holder);
        List<?> inserted = em.createNativeQuery("INSERT INTO wallet_transactions (id, wallet_id, type, amount,"
                        + " reference, reason, created_at) VALUES (nextval('wallet_transactions_seq'), :w, :t, :a, :ref,"
                        + " :why, now()) ON CONFLICT (wallet_id, type, reference) WHERE reference IS NOT NULL"
                        + " AND type <> 'ADJUSTMENT' DO NOTHING RETURNING id")
                .setParameter("w", walletId).setParameter("t", type.name()).setParameter("a", signed)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("ref", reference, String.class).setParameter("why", reason, String.class)
                .getResultList();
        if (inserted.isEmpty()) {
            return replay(customerId, walletId, type, signed, reference);
        }
        long transactionId = LedgerRows.longValue(inserted.get(0));
        Optional<After> after = change(walletId, signed, expectedVersion);
        if (after.isEmpty()) {
            After now = current(walletId);
            if (expectedVersion != null && expectedVersion != now.version()) {
                throw LedgerVersionStale.wallet(customerId, expectedVersion, now.version());
            }
            throw new WalletBalanceInsufficient(signed.negate(), now.balance());
        }
        return new WalletPosted(customerId, walletId, transactionId, type, signed, after.get().balance(),
                after.get().version(), false);
    }

    /** A retried top-up, payment or refund: the first row when the amount is the same, else a refusal. */
    private WalletPosted replay(long customerId, long walletId, WalletTransactionType type, BigDecimal signed,
                                String reference) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, amount FROM wallet_transactions WHERE wallet_id = :w"
                        + " AND type = :t AND reference = :ref")
                .setParameter("w", walletId).setParameter("t", type.name()).setParameter("ref", reference)
                .getSingleResult();
        if (((BigDecimal) row[1]).compareTo(signed) != 0) {
            throw new WalletReferenceReused(reference);
        }
        After now = current(walletId);
        return new WalletPosted(customerId, walletId, LedgerRows.longValue(row[0]), type, signed, now.balance(),
                now.version(), true);
    }

    /** The one statement that changes a wallet: never below zero, guarded by the version when given. */
    private Optional<After> change(long walletId, BigDecimal signed, Long expectedVersion) {
        Query update = em.createNativeQuery("UPDATE customer_wallets SET balance = balance + :a, version = version + 1,"
                        + " updated_at = :now WHERE id = :w AND balance + :a >= 0"
                        + (expectedVersion == null ? "" : " AND version = :v") + " RETURNING balance, version")
                .setParameter("a", signed).setParameter("w", walletId).setParameter("now", Instant.now());
        if (expectedVersion != null) {
            update.setParameter("v", expectedVersion);
        }
        List<?> rows = update.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new After(((BigDecimal) row[0]).setScale(2), LedgerRows.longValue(row[1])));
    }

    private After current(long walletId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT balance, version FROM customer_wallets WHERE id = :w")
                .setParameter("w", walletId).getSingleResult();
        return new After(((BigDecimal) row[0]).setScale(2), LedgerRows.longValue(row[1]));
    }

    private static String reference(String reference, Locale locale) {
        return LedgerRows.text("reference", reference, LedgerRows.MAX_REFERENCE, "wallet.reference.required",
                "wallet.reference.size", locale);
    }
}

package pe.colca.payment;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Cash sessions (Caja): a cashier's turn at a register of a store, from the opening with the starting cash
 * to the blind count by denomination and, when the discrepancy is beyond the setting
 * {@value #THRESHOLD_SETTING}, a manager's approval. Every action checks the store scope of the session's
 * location and writes its audit row in the same transaction. The payment service reaches the drawer
 * through {@link CashDrawer}.
 */
@Local
public interface CashSessionService {

    /** Absolute discrepancy (S/) above which a closing needs the approval of a manager. */
    String THRESHOLD_SETTING = "cash.close.discrepancy_threshold";

    /** The permission of the manager who approves a count beyond the threshold (V26). */
    String APPROVE = "cash.session.approve";

    /**
     * Opens the caller's session at a store with the cash found in the drawer (an {@code OPENING} movement).
     * Needs {@code cash.session.open}; refused with {@link CashSessionAlreadyOpen} while the caller has one.
     */
    CashSessionView open(long locationId, BigDecimal startingCash);

    /** The caller's open session (also one waiting for approval), if any. Needs {@code cash.session.open}. */
    Optional<CashSessionView> current();

    /**
     * A pay-in ({@code CASH_IN}) or pay-out ({@code CASH_OUT}) with its reason, by the session's cashier or a
     * holder of {@value #APPROVE}. Needs {@code cash.movement}.
     */
    CashMovementView move(long sessionId, CashMovementType type, BigDecimal amount, String reason);

    /**
     * The X report of an open session (changes nothing), or the Z report of a counted one. The cashier of
     * the session, or a holder of {@code cash.session.view} in scope.
     */
    CashReport report(long sessionId);

    /**
     * The cashier's blind count by denomination (every denomination of {@link CashDenominations#ALL} may
     * be given, absent ones count 0): stores the count, the expected cash and the discrepancy; closes the
     * session, or leaves it waiting for a manager when the discrepancy is beyond the threshold (and notifies
     * the holders of {@value #APPROVE}). Answers the Z report. Needs {@code cash.session.close}; only the
     * session's own cashier.
     */
    CashReport close(long sessionId, Map<BigDecimal, Integer> count);

    /** A manager approves a count beyond the threshold and the session closes; never the cashier who counted. */
    CashSessionView approve(long sessionId);

    /** A manager sends a count beyond the threshold back, with a reason: the cashier counts again. */
    CashSessionView reject(long sessionId, String reason);

    /** One session. The cashier of the session, or a holder of {@code cash.session.view} in scope. */
    CashSessionView get(long sessionId);

    /** The movements of a session, oldest first. As {@link #get}. */
    Page<CashMovementView> movements(long sessionId, PageRequest page);

    /**
     * Sessions, newest first: with {@code cash.session.view} those of the caller's stores, otherwise (a
     * cashier with {@code cash.session.open}) only his own.
     */
    Page<CashSessionView> search(CashSessionFilter filter, PageRequest page);

    /** The cashiers (user id → full name) of the sessions {@link #search} shows the caller, by name: a filter's options. */
    java.util.Map<Long, String> cashiers();
}

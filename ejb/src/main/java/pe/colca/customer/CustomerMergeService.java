package pe.colca.customer;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Merging a duplicate customer (absorbed) into another (survivor), in one transaction: the survivor takes the
 * values the strategy chooses, the absorbed customer's addresses, loyalty points and wallet balance (through
 * {@code MERGE_OUT}/{@code MERGE_IN} ledger lines on both sides: sums preserved exactly), every row of every
 * area that points at him (each area moves its own on {@link CustomersMerged}), and the absorbed customer is
 * soft-deleted with the merge as the reason; {@code customer_merge_log} keeps his snapshot, the strategy, who,
 * when and why, and one audit row is written. Needs {@code customer.merge}.
 */
@Local
public interface CustomerMergeService {

    /**
     * What the merge would give (values under the strategy, balances after it), without changing anything.
     *
     * @throws pe.colca.common.RecordNotFound when either customer does not exist or was deleted
     */
    MergePreview preview(long survivorId, long absorbedId, MergeStrategy strategy);

    /**
     * Merges {@code request.absorbedId()} into {@code request.survivorId()} if neither changed since the versions
     * given ({@code StaleVersion} otherwise). Refusals change nothing: {@code InvalidInput} (reason, strategy),
     * {@link CustomerMergeRefused}, {@code RecordNotFound}, {@link CustomerTaken} (never: the absorbed frees his
     * document and email before the survivor takes them).
     */
    MergeResult merge(MergeRequest request);

    /** The merges into this customer (and the one that absorbed him, if any), newest first. Needs {@code customer.view}. */
    List<MergeRecord> history(long customerId);

    /**
     * The live customer a merged (deleted) customer's id now lives in, following merges of merges; empty when
     * the id was never merged. Needs {@code customer.view} or {@code customer.merge}.
     */
    Optional<Long> survivorOf(long customerId);
}

package pe.colca.inventory.count;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Physical counts and audit snapshots (docs/inventory-counts.md). A count is started for an active
 * location, its lines are counted by scanning barcodes or SKUs (each scan +1) or by typing
 * quantities, then it is submitted and approved: approval writes one COUNT audit snapshot per
 * counted line, posts a COUNT_CORRECTION ledger line for every non-zero difference (through the
 * ledger, so on hand stays the sum of the movements), sets {@code last_counted_at} and records an
 * audit-log entry, all in one transaction. Each line's difference is counted minus the on hand
 * frozen when the line was first counted, so sales during the count are not discrepancies.
 *
 * <p>Permissions: {@code inventory.view} (read), {@code inventory.count} (start, count, submit,
 * cancel), {@code inventory.count.approve} (approve, take a full snapshot now).
 */
@Local
public interface CountService {

    /** Count sessions, newest first (sort fields {@code startedAt}, {@code countNumber}, {@code status}). */
    Page<CountSummary> counts(CountFilter filter, PageRequest page);

    /** @throws CountNotFound */
    CountSummary count(long id);

    /**
     * Starts a count. @throws CountAlreadyOpen when the location has an unfinished count,
     * {@link LocationInactive} for an inactive location, {@link pe.colca.common.InvalidInput} for an
     * unknown location, SKU or category, or a SELECTED count that selects nothing
     */
    CountSummary start(CountStart start);

    /** The lines of a count compared with the system, by SKU. */
    Page<CountLine> lines(long countId, CountLineFilter filter, PageRequest page);

    /**
     * Adds {@code units} (null: 1, one scan) to the line of the variant whose barcode or SKU is
     * {@code code}. In an ALL count a variant without a line gets one (found on the shelf but not in
     * the system). @throws CountCodeUnknown, CountVariantNotIncluded, CountNotInStatus (not OPEN)
     */
    CountLine scan(long countId, String code, Integer units);

    /** Sets the counted quantity of a variant's line (0..1,000,000). */
    CountLine setCounted(long countId, long variantId, int counted);

    /** What approving would post now (units and value at cost), for the confirmation dialog. */
    CountCorrections preview(long countId, boolean uncountedAsZero);

    /** OPEN → SUBMITTED. @throws CountChanged when {@code version} is stale */
    CountSummary submit(long countId, long version);

    /**
     * SUBMITTED → APPROVED, posting the corrections (see the class comment). Lines nobody counted are
     * left untouched unless {@code uncountedAsZero} (then they are counted as 0). @throws CountChanged,
     * {@link StockInsufficient} when a correction would remove reserved units
     */
    CountCorrections approve(long countId, long version, boolean uncountedAsZero);

    /** OPEN or SUBMITTED → CANCELLED; nothing is posted. */
    CountSummary cancel(long countId, long version);

    /** Audit snapshots, newest first. */
    Page<AuditSnapshot> snapshots(SnapshotFilter filter, PageRequest page);

    /**
     * Writes a MANUAL snapshot of every stock row now (what the daily scheduled snapshot does with
     * type SCHEDULED); returns the number of rows written.
     */
    int takeSnapshot();
}

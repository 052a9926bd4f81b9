package pe.colca.customer;

import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code customer_merge_log} as the history shows it: the absorbed customer (id, document and name as
 * they were, from the snapshot), the survivor, the strategy, who (name), when and why.
 */
public record MergeRecord(long id, long absorbedId, String absorbedDocument, String absorbedName, long survivorId,
                          Map<String, Object> strategy, Map<String, Object> snapshot, String mergedBy,
                          Instant mergedAt, String reason) {
}

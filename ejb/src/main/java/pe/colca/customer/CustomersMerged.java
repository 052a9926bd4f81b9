package pe.colca.customer;

/**
 * A customer was absorbed by another (the merge transaction fires it synchronously, before it commits).
 * Every area whose tables point at customers observes it and moves its own rows from {@code absorbedId} to
 * {@code survivorId} in the same transaction (sales: orders, notification: notifications); no area moves
 * another's rows. An observer that fails rolls the whole merge back.
 */
public record CustomersMerged(long absorbedId, long survivorId, long mergeId) {
}

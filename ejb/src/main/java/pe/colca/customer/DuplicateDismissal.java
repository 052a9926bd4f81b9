package pe.colca.customer;

import java.time.Instant;

/** A pair declared "not a duplicate" (lower id first), with who (name, null when unknown), when and why. */
public record DuplicateDismissal(long customerId, String customerName, long otherCustomerId, String otherName,
                                 String dismissedBy, Instant dismissedAt, String reason) {
}

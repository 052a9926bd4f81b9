package pe.colca.batch.customer;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One account to look at in a loyalty expiry run, with the run's day and cutoff. */
public record ExpiryItem(long accountId, Instant cutoff, LocalDate asOf) implements Serializable {
}

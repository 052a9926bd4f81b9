package pe.colca.customer;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Expiry of old points, for the daily batch job {@code customer-loyalty-expiry}. Points are spent oldest
 * first, so what expires in an account on a day is {@code min(balance, max(0, points credited before the
 * cutoff − points ever taken))}; after an EXPIRE line that is 0, so a second run the same day (or a restart
 * of the job) writes nothing. Open to the server itself (the job runs without a caller).
 */
@Local
public interface LoyaltyExpiry {

    /** Midnight (Lima) of {@code asOf} minus {@code loyalty.points.expiry_days}. */
    Instant cutoff(LocalDate asOf);

    /** Accounts with a positive balance and points credited before {@code cutoff}, ids above {@code afterId}, in id order. */
    List<Long> candidates(Instant cutoff, long afterId, int limit);

    /** Writes the EXPIRE line of one account (none when nothing is due); returns the points expired (≥ 0). */
    int expire(long accountId, Instant cutoff, LocalDate asOf);
}

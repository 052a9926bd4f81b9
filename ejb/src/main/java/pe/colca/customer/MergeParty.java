package pe.colca.customer;

import java.math.BigDecimal;

/** One customer of a merge preview: his values, version, balances and how many addresses he has. */
public record MergeParty(long id, long version, MergeValues values, int points, BigDecimal wallet, int addresses) {
}

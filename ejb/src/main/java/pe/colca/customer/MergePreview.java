package pe.colca.customer;

import java.math.BigDecimal;

/**
 * What a merge would do, before it is done: both customers and the survivor's values and balances after it
 * under the strategy (points and wallet are the exact sums; addresses are all kept, the survivor's default stays
 * the default).
 */
public record MergePreview(MergeParty survivor, MergeParty absorbed, MergeValues result, int resultPoints,
                           BigDecimal resultWallet, int resultAddresses) {
}

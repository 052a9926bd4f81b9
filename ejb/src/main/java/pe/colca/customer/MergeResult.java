package pe.colca.customer;

import java.math.BigDecimal;

/** A merge done: its log id, what moved (points, money, addresses) and the survivor's balances and version after it. */
public record MergeResult(long mergeId, long survivorId, long absorbedId, int pointsMoved, BigDecimal walletMoved,
                          int addressesMoved, int pointsBalance, BigDecimal walletBalance, long survivorVersion) {
}

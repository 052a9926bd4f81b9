package pe.colca.sales.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import pe.colca.sales.NewOrder;

/** The client's key of an order and the fingerprint of its request (same key + other request = refused). */
final class OrderRequests {

    private OrderRequests() {
    }

    /** The key as stored: stripped, null when blank. */
    static String key(String externalId) {
        return externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    /** SHA-256 (hex) of what the request asks for, independent of how numbers were written (1.0 = 1.00). */
    static String hash(NewOrder o) {
        StringBuilder s = new StringBuilder();
        s.append(o.locationId()).append('|').append(o.channel()).append('|')
                .append(o.buyer() == null ? "" : o.buyer().docType() + ":" + o.buyer().docNumber()).append('|')
                .append(o.shippingMethod()).append('|').append(amount(o.shippingCost())).append('|')
                .append(o.document()).append('|').append(o.notes() == null ? "" : o.notes().strip());
        for (NewOrder.NewLine l : o.lines()) {
            s.append("|L").append(l.variantId()).append('x').append(l.quantity()).append('-').append(amount(l.discount()));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String amount(BigDecimal a) {
        return a == null || a.signum() == 0 ? "0" : a.stripTrailingZeros().toPlainString();
    }
}

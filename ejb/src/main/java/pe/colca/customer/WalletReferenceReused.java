package pe.colca.customer;

import pe.colca.common.BusinessException;

/** A top-up, payment or refund reference already used on this wallet with another amount (HTTP 409). */
public class WalletReferenceReused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WalletReferenceReused(String reference) {
        super(Kind.CONFLICT, "reference-reused", "wallet.reference.reused", reference);
    }
}

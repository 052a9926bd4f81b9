package pe.colca.customer;

import pe.colca.common.BusinessException;

/** More points asked for than the account holds; nothing was written (HTTP 409 {@code insufficient-points}). */
public class LoyaltyPointsInsufficient extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int requested;
    private final int available;

    public LoyaltyPointsInsufficient(int requested, int available) {
        super(Kind.CONFLICT, "insufficient-points", "loyalty.points.insufficient", requested, available);
        this.requested = requested;
        this.available = available;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }
}

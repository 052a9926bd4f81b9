package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.PriceHistoryLine;

/** One line of a variant's price history (bean getters for the pages' EL). */
public final class PriceHistoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PriceHistoryLine line;

    private PriceHistoryRow(PriceHistoryLine line) {
        this.line = line;
    }

    public static PriceHistoryRow of(PriceHistoryLine line) {
        return new PriceHistoryRow(line);
    }

    public long getId() {
        return line.id();
    }

    public Instant getChangedAt() {
        return line.changedAt();
    }

    public BigDecimal getOldPrice() {
        return line.oldPrice();
    }

    public BigDecimal getNewPrice() {
        return line.newPrice();
    }

    public PriceChangeType getChangeType() {
        return line.changeType();
    }

    /** Who changed it: the user's name, else the e-mail; null for a change without a user. */
    public String getChangedBy() {
        return line.changedByName() != null ? line.changedByName() : line.changedByEmail();
    }

    public String getChangedByEmail() {
        return line.changedByEmail();
    }

    public String getJustification() {
        return line.justification();
    }

    /** What caused it, e.g. {@code variant 42} or {@code import 7}. */
    public String getReference() {
        return line.referenceSource() == null ? null
                : line.referenceSource() + (line.referenceId() == null ? "" : " " + line.referenceId());
    }
}

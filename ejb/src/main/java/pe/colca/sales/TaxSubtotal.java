package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One {@code cac:TaxSubtotal} of the document header: the sum of the taxable amounts and of the tax
 * of the lines (and shipping) of one {@link TaxGroup}. For {@link TaxGroup#GRATUITO} the tax is the
 * IGV stated on free taxed items, which is not charged and not part of the document's IGV.
 */
public record TaxSubtotal(TaxGroup group, BigDecimal taxableAmount, BigDecimal taxAmount) implements Serializable {
}

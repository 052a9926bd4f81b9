package pe.colca.inventory.count;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What approving a count posts (or posted): lines corrected, units added and removed, and their
 * value at cost. {@code uncountedLines}: lines nobody counted (posted as 0 only when confirmed).
 */
public record CountCorrections(int correctedLines, int unitsIn, int unitsOut, BigDecimal valueIn,
                               BigDecimal valueOut, int uncountedLines, boolean uncountedAsZero) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Adds up the corrections of {@code lines}. */
    public static CountCorrections of(List<CountLine> lines, boolean uncountedAsZero) {
        int corrected = 0;
        int in = 0;
        int out = 0;
        int uncounted = 0;
        BigDecimal valueIn = BigDecimal.ZERO.setScale(2);
        BigDecimal valueOut = BigDecimal.ZERO.setScale(2);
        for (CountLine line : lines) {
            if (!line.isCounted()) {
                uncounted++;
            }
            int c = line.correction(uncountedAsZero);
            if (c > 0) {
                corrected++;
                in += c;
                valueIn = valueIn.add(line.correctionValue(uncountedAsZero));
            } else if (c < 0) {
                corrected++;
                out -= c;
                valueOut = valueOut.subtract(line.correctionValue(uncountedAsZero));
            }
        }
        return new CountCorrections(corrected, in, out, valueIn, valueOut, uncounted, uncountedAsZero);
    }

    /** Units in minus units out. */
    public int netUnits() {
        return unitsIn - unitsOut;
    }

    /** Value in minus value out, at cost. */
    public BigDecimal netValue() {
        return valueIn.subtract(valueOut);
    }
}

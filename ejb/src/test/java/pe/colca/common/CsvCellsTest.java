package pe.colca.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    @DisplayName("every formula start is neutralised: = + - @ tab CR")
    void formulas() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvCells.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+1", CsvCells.cell("+1+1"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvCells.cell("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1:A9)", CsvCells.cell("@SUM(A1:A9)"));
        assertEquals("'\t=1", CsvCells.cell("\t=1"));
        assertEquals("\"'\r=1\"", CsvCells.cell("\r=1"));
    }

    @Test
    @DisplayName("numbers stay numbers, plain text stays plain, separators are quoted")
    void plain() {
        assertEquals("-3", CsvCells.cell("-3"));
        assertEquals("-12.50", CsvCells.cell("-12.50"));
        assertEquals("'+51", CsvCells.cell("+51"), "a '+' number is text (a phone prefix): neutralised");
        assertEquals("POLO-M", CsvCells.cell("POLO-M"));
        assertEquals("", CsvCells.cell(null));
        assertEquals("\"a,b\"", CsvCells.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
        assertEquals("\"line\nbreak\"", CsvCells.cell("line\nbreak"));
        assertEquals("\"'=1,2\"", CsvCells.cell("=1,2"));
    }
}

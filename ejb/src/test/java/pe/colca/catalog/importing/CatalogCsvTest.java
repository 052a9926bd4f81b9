package pe.colca.catalog.importing;

import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.TaxAffectation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    private static final String HEADER = String.join(",", CatalogCsv.COLUMNS);

    @Test
    void headerWithBomAnyOrderAndCase() {
        List<String> reversed = new java.util.ArrayList<>(CatalogCsv.COLUMNS);
        java.util.Collections.reverse(reversed);
        CatalogCsv csv = CatalogCsv.header("\uFEFF" + String.join(",", reversed).toUpperCase());
        CatalogCsv.Parsed p = csv.parse(2, "ACTIVE,10,,,,Azul,M,polos,Marca,Polo,polo,,ab-1");
        assertTrue(p.ok(), p.errors().toString());
        assertEquals("AB-1", p.row().sku());
        assertEquals("Polo", p.row().productName());
        assertEquals(ProductStatus.ACTIVE, p.row().status());
    }

    @Test
    void headerProblemsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogCsv.header("sku,barcode,sku,extra"));
        assertTrue(e.getMessage().contains("repeated column 'sku'"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown column 'extra'"), e.getMessage());
        assertTrue(e.getMessage().contains("missing column 'base_price'"), e.getMessage());
    }

    @Test
    void goodRowWithQuotesAndEmptyOptionals() {
        CatalogCsv csv = CatalogCsv.header(HEADER);
        CatalogCsv.Parsed p = csv.parse(7, "SKU-1,,polo,\"Polo \"\"Pima\"\", azul\",,,M,,59.9,,0,20,");
        assertTrue(p.ok(), p.errors().toString());
        ImportRow r = p.row();
        assertEquals(7, r.rowNumber());
        assertEquals("Polo \"Pima\", azul", r.productName());
        assertEquals(new BigDecimal("59.90"), r.basePrice());
        assertEquals(new BigDecimal("0.00"), r.costPrice());
        assertNull(r.priceOverride());
        assertNull(r.barcode());
        assertEquals(TaxAffectation.fromCode("20"), r.taxAffectation());
        assertNull(r.status());
    }

    @Test
    void everyBadFieldIsReportedWithItsColumn() {
        CatalogCsv csv = CatalogCsv.header(HEADER);
        CatalogCsv.Parsed p = csv.parse(3, "-bad,,Bad Slug,,,,,,0,12.345,-1,99,SOLD");
        assertNull(p.row());
        List<String> columns = p.errors().stream().map(ImportError::column).toList();
        assertEquals(List.of("sku", "product_slug", "base_price", "price_override", "cost_price", "tax_code", "status"),
                columns);
        assertTrue(p.errors().stream().allMatch(e -> e.rowNumber() == 3));
        assertEquals("must be greater than zero", p.errors().get(2).reason());
    }

    @Test
    void missingSkuAndWrongCellCount() {
        CatalogCsv csv = CatalogCsv.header(HEADER);
        assertEquals(List.of(new ImportError(4, "sku", "required")),
                csv.parse(4, ",,,,,,,,1.00,,,,").errors());
        assertEquals(List.of(new ImportError(5, "*", "expected 13 columns, found 2")), csv.parse(5, "A,B").errors());
        assertEquals("*", csv.parse(6, "A,\"open").errors().get(0).column());
    }

    @Test
    void optionalJustificationColumn() {
        CatalogCsv without = CatalogCsv.header(HEADER);
        assertNull(without.parse(2, "SKU-1,,,,,,,,5.00,,,,").row().justification());
        CatalogCsv with = CatalogCsv.header("justification," + HEADER);
        CatalogCsv.Parsed p = with.parse(2, "\"Nueva lista, proveedor\",SKU-1,,,,,,,,5.00,,,,");
        assertTrue(p.ok(), p.errors().toString());
        assertEquals("Nueva lista, proveedor", p.row().justification());
        assertEquals("SKU-1", p.row().sku());
        assertNull(with.parse(3, ",SKU-1,,,,,,,,5.00,,,,").row().justification());
        assertEquals(List.of(new ImportError(4, "*", "expected 14 columns, found 13")),
                with.parse(4, "SKU-1,,,,,,,,5.00,,,,").errors());
        assertEquals("justification", with.parse(5, "x".repeat(2001) + ",SKU-1,,,,,,,,5.00,,,,").errors().get(0).column());
    }

    @Test
    void templateParses() {
        List<String> lines = CatalogCsv.TEMPLATE.lines().toList();
        CatalogCsv csv = CatalogCsv.header(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(csv.parse(i + 1, lines.get(i)).ok(), lines.get(i));
        }
    }

    @Test
    void quoting() {
        assertEquals("\"a,b\"", CatalogCsv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CatalogCsv.quote("say \"hi\""));
        assertEquals("plain", CatalogCsv.quote("plain"));
        assertEquals(List.of("a", "b,c", ""), CatalogCsv.split("a,\"b,c\","));
    }

    @Test
    void errorReportHasOneLinePerRejection() {
        assertEquals("row_number,column,reason\r\n3,base_price,\"must be > 0, got -1\"\r\n7,*,wrong cell count\r\n",
                CatalogCsv.errorReport(List.of(new ImportError(3, "base_price", "must be > 0, got -1"),
                        new ImportError(7, "*", "wrong cell count"))));
    }
}

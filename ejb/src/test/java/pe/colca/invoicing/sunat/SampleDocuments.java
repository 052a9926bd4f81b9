package pe.colca.invoicing.sunat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.sunat.UblDocument.Address;
import pe.colca.invoicing.sunat.UblDocument.Customer;
import pe.colca.invoicing.sunat.UblDocument.Installment;
import pe.colca.invoicing.sunat.UblDocument.Issuer;
import pe.colca.invoicing.sunat.UblDocument.Item;
import pe.colca.invoicing.sunat.UblDocument.NoteReference;
import pe.colca.invoicing.sunat.UblDocument.PaymentTerms;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.internal.PriceCalculator;

/** Documents of every kind, priced by the real pricing arithmetic (IGV 18 %, shelf prices with IGV). */
final class SampleDocuments {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    static final LocalTime TIME = LocalTime.of(10, 15, 0);
    static final Issuer ISSUER = new Issuer("20000000001", "EMPRESA DE PRUEBA COLCA S.A.C.", "COLCA",
            "0000", new Address("150101", "LIMA", "LIMA", "LIMA", "AV. ARENALES 1234"));
    static final Customer COMPANY = new Customer("6", "20512333797", "CLIENTE CORPORATIVO S.A.");
    static final Customer PERSON = new Customer("1", "45678912", "ANA QUISPE MAMANI");
    static final PriceCalculator PRICES = new PriceCalculator(new BigDecimal("0.18"), true, Locale.ROOT);

    private SampleDocuments() {
    }

    /** Gravado 2 × 118.00, exonerado 30.00, inafecto 12.50 less 1.00, a free gift (code 15) and shipping 15.00. */
    static PricedOrder mixedOrder() {
        return PRICES.price(new PricingInput(List.of(
                PricingInput.Line.of(1, new BigDecimal("118.00"), 2, null, "10"),
                PricingInput.Line.of(2, new BigDecimal("30.00"), 1, null, "20"),
                PricingInput.Line.of(3, new BigDecimal("12.50"), 1, new BigDecimal("1.00"), "30"),
                PricingInput.Line.of(4, new BigDecimal("11.80"), 1, null, "15")),
                null, new BigDecimal("15.00")));
    }

    static List<Item> items(PricedOrder order) {
        List<Item> items = new ArrayList<>();
        String[] names = {"POLO ALGODÓN PIMA TALLA M", "LIBRO ESCOLAR", "PAPAS NATIVAS 1 KG", "LLAVERO DE REGALO"};
        for (int i = 0; i < order.lines().size(); i++) {
            items.add(new Item(names[i % names.length], "SKU-00" + (i + 1), "NIU"));
        }
        if (order.shipping() != null) {
            items.add(new Item("SERVICIO DE ENVÍO", "ENVIO", "ZZ"));
        }
        return items;
    }

    static UblDocument factura() {
        PricedOrder order = mixedOrder();
        return new UblDocument(DocumentType.FACTURA, "F001", 123, DAY, TIME, "PEN", "0101", ISSUER, COMPANY,
                items(order), order, PaymentTerms.credit(List.of(
                        new Installment(new BigDecimal("150.00"), DAY.plusDays(30)),
                        new Installment(new BigDecimal("127.36"), DAY.plusDays(60)))), null);
    }

    static UblDocument boleta() {
        PricedOrder order = mixedOrder();
        return new UblDocument(DocumentType.BOLETA, "B001", 45, DAY, TIME, "PEN", "0101", ISSUER, PERSON,
                items(order), order, null, null);
    }

    static UblDocument creditNote() {
        PricedOrder order = PRICES.price(PricingInput.of(List.of(
                PricingInput.Line.of(1, new BigDecimal("118.00"), 1, null, "10"))));
        return new UblDocument(DocumentType.NOTA_CREDITO, "FC01", 7, DAY, TIME, "PEN", null, ISSUER, COMPANY,
                List.of(new Item("POLO ALGODÓN PIMA TALLA M", "SKU-001", "NIU")), order, null,
                new NoteReference("07", "Devolución por ítem", "F001-123", DocumentType.FACTURA));
    }

    static UblDocument debitNote() {
        PricedOrder order = PRICES.price(PricingInput.of(List.of(
                PricingInput.Line.of(1, new BigDecimal("23.60"), 1, null, "10"))));
        return new UblDocument(DocumentType.NOTA_DEBITO, "BD01", 3, DAY, TIME, "PEN", null, ISSUER, PERSON,
                List.of(new Item("INTERESES POR MORA", "MORA", "ZZ")), order, null,
                new NoteReference("01", "Intereses por mora", "B001-45", DocumentType.BOLETA));
    }

    static SigningCredentials credentials() {
        return credentials("test-signer.p12");
    }

    static SigningCredentials credentials(String file) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/pe/colca/invoicing/" + file)) {
            return SigningCredentials.fromPkcs12(in.readAllBytes(), "colca-test".toCharArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

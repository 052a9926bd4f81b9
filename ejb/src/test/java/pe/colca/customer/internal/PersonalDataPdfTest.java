package pe.colca.customer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.colca.customer.ConsentChannel;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.customer.PersonalDataExport;
import pe.colca.customer.PrivacyRequestKind;
import pe.colca.sales.CustomerOrders.CustomerOrder;
import pe.colca.sales.OrderPaymentStatus;
import pe.colca.sales.OrderStatus;

class PersonalDataPdfTest {

    @Test
    void amountsAreSolesWithThousands() {
        assertEquals("S/ 1,234.50", PersonalDataPdf.money(new BigDecimal("1234.5")));
        assertEquals("-S/ 12.00", PersonalDataPdf.money(new BigDecimal("-12")));
    }

    @Test
    void thePdfNamesTheCustomerWithSpanishLettersAndListsHisOrders() throws Exception {
        Instant now = Instant.parse("2026-12-04T15:00:00Z");
        PersonalDataExport export = new PersonalDataExport(now,
                new PersonalDataExport.Subject(7, IdentityDocumentType.DNI, "46779354", "María Peña Núñez",
                        "maria@example.pe", "+51987654321", LocalDate.of(1990, 5, 1), null, CustomerSegment.VIP, true,
                        now, new PersonalDataExport.Consent(true, ConsentChannel.WEB, now, 1L)),
                List.of(new PersonalDataExport.Address(1, "Casa", "Av. Larco 345", "150122", "Miraflores", "Lima", null,
                        null, true)),
                new PersonalDataExport.Loyalty(0, 0, List.of()),
                new PersonalDataExport.Wallet(new BigDecimal("25.50"), List.of()),
                List.of(new CustomerOrder(3, "LIM-01-20261204-000001", now, 1, "LIM-01 · Tienda Larco", OrderStatus.PAID,
                        OrderPaymentStatus.PAID, new BigDecimal("1234.50"))),
                List.of(),
                List.of(new PersonalDataExport.PrivacyRequest(9, PrivacyRequestKind.EXPORT, "PDF", null, null, 1L, now)));
        PdfReader reader = new PdfReader(PersonalDataPdf.render(export));
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            String all = text.toString();
            assertTrue(all.contains("María Peña Núñez"), all);
            assertTrue(all.contains("LIM-01-20261204-000001"), all);
            assertTrue(all.contains("S/ 1,234.50"), all);
            assertTrue(all.contains("04/12/2026 10:00"), "Lima time: " + all);
        } finally {
            reader.close();
        }
    }
}

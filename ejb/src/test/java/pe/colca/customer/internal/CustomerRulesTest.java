package pe.colca.customer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.customer.AddressData;
import pe.colca.customer.ConsentChannel;
import pe.colca.customer.CustomerData;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.IdentityDocumentType;

class CustomerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final List<CustomerSegment> ALL = List.of(CustomerSegment.values());

    private static CustomerData data(IdentityDocumentType type, String number, String email, String phone) {
        return new CustomerData(type, number, " Ana  Pérez ", email, phone, null, null, null, null, false, null);
    }

    @Test
    void normalizesDocumentEmailPhoneAndSegment() {
        CustomerData d = CustomerRules.customer(data(IdentityDocumentType.RUC, "20-512333797", " Ana@Mail.PE ",
                "(+51) 987 654 321"), ALL, TODAY, Messages.DEFAULT_LOCALE);
        assertEquals("20512333797", d.docNumber());
        assertEquals("ana@mail.pe", d.email());
        assertEquals("+51987654321", d.phone());
        assertEquals("Ana  Pérez", d.fullName());
        assertEquals(CustomerSegment.REGULAR, d.segment());
        assertNull(CustomerRules.customer(data(IdentityDocumentType.DNI, "46779354", " ", ""), ALL, TODAY,
                Messages.DEFAULT_LOCALE).phone());
    }

    @Test
    void namesEveryFieldAtFaultInTheCallersLanguage() {
        CustomerData bad = new CustomerData(IdentityDocumentType.RUC, "20512333798", " ", "x@", "0114441234",
                TODAY.plusDays(1), null, CustomerSegment.VIP, null, true, null);
        InvalidInput e = assertThrows(InvalidInput.class, () -> CustomerRules.customer(bad,
                EnumSet.of(CustomerSegment.REGULAR), TODAY, Locale.ENGLISH));
        assertEquals(List.of("docNumber", "fullName", "email", "phone", "birthDate", "segment", "consentChannel"),
                List.copyOf(e.fieldErrors().keySet()));
        assertTrue(e.fieldErrors().get("docNumber").contains("check digit"), e.fieldErrors().toString());
        assertTrue(e.fieldErrors().get("segment").contains("VIP"), e.fieldErrors().toString());
    }

    @Test
    void consentNeedsItsChannel() {
        CustomerData ok = new CustomerData(IdentityDocumentType.DNI, "46779354", "Ana", null, null, null, null, null,
                null, true, ConsentChannel.WHATSAPP);
        assertEquals(ConsentChannel.WHATSAPP, CustomerRules.customer(ok, ALL, TODAY, Locale.ENGLISH).consentChannel());
    }

    @Test
    void addressCoordinatesAndCity() {
        AddressData a = CustomerRules.address(new AddressData(" Casa ", " Av. Larco 345 ", null, null, "Lima", null,
                new BigDecimal("-12.12110000"), new BigDecimal("-77.02970001234"), false), Locale.ENGLISH);
        assertEquals("Casa", a.label());
        assertEquals("-12.1211,-77.0297", CustomerRules.coordinates(a.latitude(), a.longitude()));
        assertEquals("0,10", CustomerRules.coordinates(BigDecimal.ZERO, new BigDecimal("1E+1")));
        InvalidInput e = assertThrows(InvalidInput.class, () -> CustomerRules.address(new AddressData(null, " ", null,
                null, null, null, new BigDecimal("-91"), new BigDecimal("181"), false), Locale.ENGLISH));
        assertEquals(List.of("addressLine", "city", "latitude", "longitude"), List.copyOf(e.fieldErrors().keySet()));
        InvalidInput half = assertThrows(InvalidInput.class, () -> CustomerRules.address(new AddressData(null, "x",
                "150122", null, null, null, BigDecimal.ONE, null, false), Locale.ENGLISH));
        assertEquals(List.of("longitude"), List.copyOf(half.fieldErrors().keySet()));
    }
}

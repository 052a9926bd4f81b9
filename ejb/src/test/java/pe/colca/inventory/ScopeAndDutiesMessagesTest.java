package pe.colca.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.BusinessException;
import pe.colca.security.OutOfScope;
import pe.colca.inventory.count.CountSelfApproval;
import pe.colca.inventory.transfer.TransferReceiverNotAtDestination;

class ScopeAndDutiesMessagesTest {

    @Test
    @DisplayName("out of scope is a 403-kind refusal naming the location, in Spanish and English")
    void outOfScope() {
        OutOfScope e = new OutOfScope(12345);
        assertEquals(BusinessException.Kind.FORBIDDEN, e.kind());
        assertEquals("out-of-scope", e.type());
        assertEquals(12345, e.locationId());
        assertTrue(e.getMessage().startsWith("No opera en la ubicación 12345"), e.getMessage());
        assertTrue(e.localizedMessage(Locale.ENGLISH).startsWith("You do not act at location 12345"),
                e.localizedMessage(Locale.ENGLISH));
    }

    @Test
    @DisplayName("each separation-of-duties refusal has its kind, type and both texts")
    void separationOfDuties() {
        BusinessException reservation = new ReservationOfAnotherUser(77);
        assertEquals(BusinessException.Kind.FORBIDDEN, reservation.kind());
        assertTrue(reservation.getMessage().contains("77") && reservation.getMessage().contains("otro usuario"));
        assertTrue(reservation.localizedMessage(Locale.ENGLISH).contains("another user"));

        BusinessException count = new CountSelfApproval("CNT-000009");
        assertEquals(BusinessException.Kind.RULE, count.kind());
        assertEquals("count-self-approval", count.type());
        assertTrue(count.getMessage().contains("CNT-000009"), count.getMessage());
        assertTrue(count.localizedMessage(Locale.ENGLISH).contains("another user must approve"));

        BusinessException transfer = new TransferReceiverNotAtDestination("TRF-000031", 4);
        assertEquals(BusinessException.Kind.FORBIDDEN, transfer.kind());
        assertTrue(transfer.getMessage().contains("TRF-000031") && transfer.getMessage().contains("(4)"),
                transfer.getMessage());
        assertTrue(transfer.localizedMessage(Locale.ENGLISH).contains("destination location (4)"));
    }
}

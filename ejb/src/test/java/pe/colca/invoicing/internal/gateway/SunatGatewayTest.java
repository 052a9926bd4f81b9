package pe.colca.invoicing.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How SUNAT's faults are read (docs/sunat.md §6): the code after Client./Server., else a numeric faultstring. */
class SunatGatewayTest {

    @Test
    @DisplayName("the code comes from the faultcode, with or without a prefix, else from a numeric faultstring")
    void faultCodes() {
        assertEquals(111, SunatGateway.code("soap-env:Client.0111", "No tiene el perfil para enviar comprobantes"));
        assertEquals(2800, SunatGateway.code("Client.2800", "El dato ingresado en el tipo de documento"));
        assertEquals(130, SunatGateway.code("soap-env:Server.0130", "El sistema no puede responder"));
        assertEquals(1033, SunatGateway.code("soap-env:Server", " 1033 "));
        assertEquals(-1, SunatGateway.code("soap-env:Server", "Internal Error"));
        assertEquals(-1, SunatGateway.code(null, null));
    }

    @Test
    @DisplayName("SUNAT's own exceptions (0100, 0109, 0130–0138, 0200–0253) are worth a retry; credentials and naming are not")
    void exceptionRange() {
        assertTrue(new SunatRefused(130, "x").isException());
        assertTrue(new SunatRefused(100, "x").isException());
        assertTrue(new SunatRefused(250, "x").isException());
        assertFalse(new SunatRefused(102, "x").isException(), "wrong credentials: fix them, do not retry");
        assertFalse(new SunatRefused(151, "x").isException(), "file naming: the sender's error");
        assertFalse(new SunatRefused(1033, "x").isException());
        assertFalse(new SunatRefused(2800, "x").isException());
    }
}

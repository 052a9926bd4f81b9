package pe.colca.sales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Client address behind proxies (security.trusted_proxies)")
class ClientAddressesTest {

    @Test
    @DisplayName("no trusted proxy: the peer, whatever X-Forwarded-For says")
    void untrustedPeer() {
        ClientAddresses none = ClientAddresses.trusting("-");
        assertEquals("10.0.0.9", none.client("10.0.0.9", "203.0.113.7"));
        assertEquals("10.0.0.9", ClientAddresses.trusting("").client("10.0.0.9", "203.0.113.7"));
        assertEquals("10.0.0.9", ClientAddresses.trusting("10.0.0.1").client("10.0.0.9", "203.0.113.7"));
    }

    @Test
    @DisplayName("a trusted peer: the rightmost address that is not a trusted proxy")
    void trustedChain() {
        ClientAddresses t = ClientAddresses.trusting("10.0.0.0/8, 192.168.1.1");
        assertEquals("203.0.113.7", t.client("10.0.0.9", "203.0.113.7"));
        assertEquals("203.0.113.7", t.client("10.0.0.9", "198.51.100.1, 203.0.113.7, 192.168.1.1"),
                "a forged address at the left is not believed");
        assertEquals("10.0.0.9", t.client("10.0.0.9", null));
        assertEquals("10.0.0.9", t.client("10.0.0.9", "not-an-ip"), "a malformed hop stops the walk");
        assertEquals("2001:db8::1", ClientAddresses.trusting("::1").client("0:0:0:0:0:0:0:1", "2001:db8::1"));
    }

    @Test
    @DisplayName("host names are never looked up, bad CIDRs are ignored")
    void literalsOnly() {
        ClientAddresses t = ClientAddresses.trusting("localhost, 10.0.0.1/99, 127.0.0.1");
        assertEquals("127.0.0.1", ClientAddresses.trusting("localhost").client("127.0.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", t.client("127.0.0.1", "203.0.113.7"));
    }
}

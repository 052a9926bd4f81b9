package pe.colca.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"987654321", "987 654 321", "987-654-321", "+51 987 654 321", "+51987654321",
            "0051 987654321", "51987654321", "(+51) 987.654.321"})
    void mobileNumbersBecomeE164(String typed) {
        assertEquals("+51987654321", PhoneNumbers.toE164(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"014441234", "(01) 444-1234", "87654321", "9876543210", "+1 987654321",
            "+52987654321", "98765432a", "abc", ""})
    void othersAreRefused(String typed) {
        assertNull(PhoneNumbers.toE164(typed));
    }

    @Test
    void display() {
        assertEquals("+51 987 654 321", PhoneNumbers.display("+51987654321"));
        assertNull(PhoneNumbers.toE164(null));
    }
}

package pe.colca.sunatsim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.sunatsim.web.SimulatorGuard;

class SimulatorGuardTest {

    @Test
    @DisplayName("the simulator starts only with COLCA_ENV=development: unset or production fails the deployment")
    void onlyInDevelopment() {
        assertDoesNotThrow(() -> SimulatorGuard.check(Map.of("COLCA_ENV", "development")));
        IllegalStateException unset = assertThrows(IllegalStateException.class, () -> SimulatorGuard.check(Map.of()));
        assertTrue(unset.getMessage().contains("runs only with COLCA_ENV=development (COLCA_ENV is unset)"), unset.getMessage());
        assertThrows(IllegalStateException.class, () -> SimulatorGuard.check(Map.of("COLCA_ENV", "production")));
    }
}

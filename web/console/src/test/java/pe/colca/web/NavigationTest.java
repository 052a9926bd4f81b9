package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NavigationTest {

    @Test
    @DisplayName("a screen opened from a list needs what the list needs (merge needs customer.merge)")
    void detailsTakeTheirListsPermissions() {
        assertEquals(List.of("customer.merge"), Navigation.permissionsOf("/backoffice/customers/merge.xhtml"));
        assertEquals(List.of("order.view"), Navigation.permissionsOf("/backoffice/sales/order.xhtml"));
        assertEquals(Navigation.permissionsOf("/backoffice/customers/customers.xhtml"),
                Navigation.permissionsOf("/backoffice/customers/customer.xhtml"));
        assertEquals(List.of(), Navigation.permissionsOf("/backoffice/security/password.xhtml"), "every signed-in user");
        assertEquals(List.of("sunat.reconciliation.view"),
                Navigation.permissionsOf("/backoffice/invoicing/reconciliation.xhtml"), "Facturación → Conciliación");
    }

    @Test
    @DisplayName("every backoffice screen is a menu entry, a listed detail, or one of the known open screens")
    void everyScreenIsGuardedOrKnownOpen() throws Exception {
        Path root = Path.of("src/main/webapp");
        List<String> open = List.of("/backoffice/security/password.xhtml", "/backoffice/cash/session.xhtml",
                "/backoffice/cash/report.xhtml");
        try (var files = Files.walk(root.resolve("backoffice"))) {
            List<String> unguarded = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.contains("/dialogs/") && !p.contains("/tabs/") && !p.contains("/parts/"))
                    .filter(p -> Navigation.permissionsOf(p).isEmpty() && !open.contains(p))
                    .sorted().toList();
            assertTrue(unguarded.isEmpty(), "screens without permissions: " + unguarded
                    + " (add a menu entry with its permissions or a DETAILS line in Navigation)");
        }
    }

    @Test
    @DisplayName("the deadlines and burnt numbers screens need sunat.document.view (issue 14)")
    void deadlineScreensNeedDocumentView() {
        assertEquals(List.of("sunat.document.view"), Navigation.permissionsOf("/backoffice/invoicing/deadlines.xhtml"));
        assertEquals(List.of("sunat.document.view"), Navigation.permissionsOf("/backoffice/invoicing/burnt.xhtml"));
    }
}

package pe.colca.settings.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo data once, when the server runs with {@code colca.demo.load=true} (the run and
 * test commands set it through {@code COLCA_DEMO_DATA}) and the database has no users yet: a
 * company with a valid RUC, two stores and a warehouse, brands and categories, and one user per
 * role ({@code <role>@colca.test}) with the password {@code colca.demo.password} (default
 * {@code demo1234}). Production servers never set the flag.
 *
 * <p>Rows are inserted with {@code nextval} of each table's sequence: an id drawn that way never
 * falls inside a block Hibernate's pooled optimizer hands out, so later inserts cannot collide.
 */
@Singleton
@Startup
@PermitAll
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** role name → (email, full name). */
    private static final List<String[]> USERS = List.of(
            new String[] {"admin", "admin@colca.test", "Ana Administradora"},
            new String[] {"manager", "manager@colca.test", "Mario Gerente"},
            new String[] {"cashier", "cashier@colca.test", "Carla Cajera"},
            new String[] {"warehouse", "warehouse@colca.test", "Walter Almacenero"},
            new String[] {"accountant", "accountant@colca.test", "Lucía Contadora"},
            new String[] {"integrator", "integrator@colca.test", "Integración Tienda Web"});

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!Boolean.parseBoolean(System.getProperty("colca.demo.load", "false"))) {
            return;
        }
        long users = ((Number) em.createNativeQuery("SELECT count(*) FROM users").getSingleResult()).longValue();
        if (users > 0) {
            return;
        }
        String password = System.getProperty("colca.demo.password", "demo1234");
        // Elytron reads modular-crypt bcrypt hashes; it accepts $2a$/$2y$ (not $2b$)
        String hash = BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(10, password.toCharArray());
        for (String[] u : USERS) {
            sql("INSERT INTO users (id, email, password_hash, full_name, status) "
                    + "VALUES (nextval('users_seq'), ?1, ?2, ?3, 'ACTIVE')", u[1], hash, u[2]);
            sql("INSERT INTO user_roles (user_id, role_id) SELECT u.id, r.id FROM users u, roles r "
                    + "WHERE u.email = ?1 AND r.name = ?2", u[1], u[0]);
        }

        sql("INSERT INTO companies (id, ruc, raz_social, trade_name, address) VALUES (nextval('companies_seq'), "
                + "'20601122333', 'COMERCIAL ANDINA COLCA S.A.C.', 'Colca Market', "
                + "'Av. José Larco 1150, Miraflores, Lima')");

        location("LIM-01", "Tienda Miraflores", "Av. José Larco 1150, Miraflores, Lima", "STORE", true);
        location("LIM-02", "Tienda San Isidro", "Av. Camino Real 348, San Isidro, Lima", "STORE", true);
        location("ALM-01", "Almacén Central Lurín", "Antigua Panamericana Sur km 38, Lurín, Lima", "WAREHOUSE", false);

        for (String brand : List.of("Andina", "Costa Verde", "Inca Textil", "Altiplano Tech")) {
            sql("INSERT INTO brands (id, name) VALUES (nextval('brands_seq'), ?1)", brand);
        }
        category(null, "Abarrotes", "abarrotes");
        category(null, "Bebidas", "bebidas");
        category(null, "Ropa", "ropa");
        category("ropa", "Polos", "polos");
        category(null, "Electro", "electro");
        LOG.info(() -> "Colca demo data loaded: " + USERS.size() + " users, 3 locations, 4 brands, 5 categories");
    }

    private void location(String code, String name, String address, String type, boolean sells) {
        sql("INSERT INTO locations (id, code, name, address, type, is_active, allows_sales, created_at, updated_at) "
                + "VALUES (nextval('locations_seq'), ?1, ?2, ?3, ?4, true, ?5, now(), now())",
                code, name, address, type, sells);
    }

    private void category(String parentSlug, String name, String slug) {
        sql("INSERT INTO categories (id, parent_id, name, slug, is_active) VALUES (nextval('categories_seq'), "
                + "(SELECT id FROM categories WHERE slug = ?1), ?2, ?3, true)", parentSlug, name, slug);
    }

    private void sql(String statement, Object... params) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.executeUpdate();
    }
}

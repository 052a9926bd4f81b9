package pe.colca.demo;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.query.NativeQuery;
import java.util.List;
import pe.colca.catalog.Slugs;
import pe.colca.sales.OrderPricing;
import java.util.logging.Logger;

/**
 * Loads the demo data once, when the server runs with {@code colca.demo.load=true} (the run and
 * test commands set it through {@code COLCA_DEMO_DATA}) and the database has no users yet: a
 * company with a valid RUC, two stores and a warehouse, brands and categories, products with
 * variants and stock in every location (with their ledger lines), a few low-stock thresholds, the demo
 * cashier's open cash session at LIM-01 with three sales and a pay-in and pay-out ({@link DemoCash}), and one user per
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

    @EJB
    private OrderPricing pricing;

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
        // store scope: admin, accountant and integrator act everywhere (security.scope.all); the others here
        scope("manager@colca.test", "LIM-01", "LIM-02");
        scope("cashier@colca.test", "LIM-01");
        scope("warehouse@colca.test", "ALM-01");
        // SUNAT series per store (V22): facturas F00n, boletas B00n, their credit notes FC0n / BC0n
        series("LIM-01", "01", "F001");
        series("LIM-01", "03", "B001");
        series("LIM-01", "07", "FC01");
        series("LIM-01", "07", "BC01");
        series("LIM-02", "01", "F002");
        series("LIM-02", "03", "B002");
        series("LIM-02", "07", "FC02");
        series("LIM-02", "07", "BC02");

        for (String brand : List.of("Andina", "Costa Verde", "Inca Textil", "Altiplano Tech")) {
            sql("INSERT INTO brands (id, name) VALUES (nextval('brands_seq'), ?1)", brand);
        }
        category(null, "Abarrotes", "abarrotes");
        category(null, "Bebidas", "bebidas");
        category(null, "Ropa", "ropa");
        category("ropa", "Polos", "polos");
        category(null, "Electro", "electro");
        catalogAndStock();
        new DemoCash(em, pricing).load();
        LOG.info(() -> "Colca demo data loaded: " + USERS.size() + " users, 3 locations, 4 brands, 5 categories, "
                + PRODUCTS.size() + " products with stock, low-stock alerts");
    }

    /** A demo product: its variants are {sku, size, color, price override or null}. */
    private record DemoProduct(String name, String brand, String category, String price, String cost, String tax,
                               String attributes, List<String[]> variants) {
    }

    private static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("Arroz extra graneado 5 kg", "Andina", "abarrotes", "24.90", "18.50", "10",
                    "{\"presentación\": \"Bolsa 5 kg\", \"origen\": \"Piura\"}",
                    List.<String[]>of(new String[] {"ARZ-EXT-5KG", null, null, null})),
            new DemoProduct("Aceite vegetal 1 L", "Costa Verde", "abarrotes", "9.90", "7.20", "10", null,
                    List.<String[]>of(new String[] {"ACE-VEG-1L", null, null, null})),
            new DemoProduct("Quinua blanca 1 kg", "Andina", "abarrotes", "14.50", "9.80", "20",
                    "{\"origen\": \"Puno\", \"orgánico\": \"sí\"}",
                    List.<String[]>of(new String[] {"QUI-BLA-1KG", null, null, null})),
            new DemoProduct("Agua mineral sin gas 625 ml", "Costa Verde", "bebidas", "2.50", "1.10", "10", null,
                    List.<String[]>of(new String[] {"AGU-SG-625", null, null, null})),
            new DemoProduct("Chicha morada 1 L", "Andina", "bebidas", "6.90", "3.90", "10", null,
                    List.<String[]>of(new String[] {"CHI-MOR-1L", null, null, null})),
            new DemoProduct("Polo algodón pima", "Inca Textil", "polos", "59.90", "28.00", "10",
                    "{\"material\": \"Algodón pima\", \"cuidado\": \"Lavar en frío\"}",
                    List.of(new String[] {"POL-PIM-S-BLA", "S", "Blanco", null},
                            new String[] {"POL-PIM-M-BLA", "M", "Blanco", null},
                            new String[] {"POL-PIM-L-BLA", "L", "Blanco", null},
                            new String[] {"POL-PIM-L-NEG", "L", "Negro", "64.90"})),
            new DemoProduct("Chompa de alpaca", "Inca Textil", "ropa", "189.00", "95.00", "10",
                    "{\"material\": \"Baby alpaca\"}",
                    List.of(new String[] {"CHO-ALP-M-GRI", "M", "Gris", null},
                            new String[] {"CHO-ALP-L-GRI", "L", "Gris", null})),
            new DemoProduct("Audífonos inalámbricos", "Altiplano Tech", "electro", "129.00", "82.00", "10", null,
                    List.<String[]>of(new String[] {"AUD-INA-NEG", null, "Negro", null})),
            new DemoProduct("Hervidor eléctrico 1.7 L", "Altiplano Tech", "electro", "89.90", "61.00", "10", null,
                    List.<String[]>of(new String[] {"HER-ELE-17", null, null, null})));

    /**
     * The demo catalog with stock in every location: each quantity enters through a PURCHASE_RECEIPT
     * ledger line, so reconciliation is clean from the start; a few pairs have alert thresholds and
     * two of them are below, so the home page shows what an alert looks like.
     */
    private void catalogAndStock() {
        int serial = 0;
        for (DemoProduct p : PRODUCTS) {
            sql("INSERT INTO products (id, name, slug, description_short, brand_id, category_id, base_price, cost_price,"
                    + " tax_code, status, attributes, created_at, updated_at) VALUES (nextval('products_seq'), ?1, ?2,"
                    + " ?3, (SELECT id FROM brands WHERE name = ?4), (SELECT id FROM categories WHERE slug = ?5),"
                    + " CAST(?6 AS numeric), CAST(?7 AS numeric), ?8, 'ACTIVE', CAST(?9 AS jsonb), now(), now())",
                    p.name(), Slugs.of(p.name()), p.name() + " — producto de demostración",
                    p.brand(), p.category(), p.price(), p.cost(), p.tax(), p.attributes());
            for (String[] v : p.variants()) {
                serial++;
                sql("INSERT INTO product_variants (id, product_id, sku, barcode, size, color, price_override, is_active)"
                        + " VALUES (nextval('product_variants_seq'), (SELECT id FROM products WHERE slug = ?1), ?2, ?3,"
                        + " ?4, ?5, CAST(?6 AS numeric), true)",
                        Slugs.of(p.name()), v[0], ean13("775" + String.format("%09d", 100_000 + serial)),
                        v[1], v[2], v[3]);
                receive(v[0], "ALM-01", 120);
                receive(v[0], "LIM-01", 18 + serial % 7);
                receive(v[0], "LIM-02", serial % 3 == 0 ? 2 : 9 + serial % 5);
            }
        }
        threshold("CHO-ALP-L-GRI", "LIM-02", 5);
        threshold("POL-PIM-L-NEG", "LIM-02", 4);
        threshold("ARZ-EXT-5KG", "LIM-01", 10);
        threshold("AGU-SG-625", "LIM-01", 12);
    }

    private void receive(String sku, String location, int quantity) {
        sql("INSERT INTO inventory_stock (id, location_id, variant_id, quantity_on_hand, quantity_reserved, version,"
                + " last_updated_at, last_updated_by) SELECT nextval('inventory_stock_seq'), l.id, v.id, ?3, 0, 0, now(),"
                + " (SELECT id FROM users WHERE email = 'warehouse@colca.test')"
                + " FROM product_variants v, locations l WHERE v.sku = ?1 AND l.code = ?2", sku, location, quantity);
        sql("INSERT INTO inventory_movements (id, variant_id, to_location_id, user_id, movement_type, quantity,"
                + " reference_doc, notes, created_at) SELECT nextval('inventory_movements_seq'), v.id, l.id,"
                + " (SELECT id FROM users WHERE email = 'warehouse@colca.test'), 'PURCHASE_RECEIPT', ?3, 'DEMO-INICIAL',"
                + " 'Stock inicial de la demostración', now()"
                + " FROM product_variants v, locations l WHERE v.sku = ?1 AND l.code = ?2", sku, location, quantity);
    }

    /** A threshold, already in the state the stock puts it in (below: raised now, as a first alert). */
    private void threshold(String sku, String location, int minimum) {
        sql("INSERT INTO inventory_alerts (id, variant_id, location_id, min_threshold, is_active, is_below,"
                + " last_triggered_at, trigger_count, version) SELECT nextval('inventory_alerts_seq'), s.variant_id,"
                + " s.location_id, ?3, true, s.quantity_available < ?3,"
                + " CASE WHEN s.quantity_available < ?3 THEN now() END, CASE WHEN s.quantity_available < ?3 THEN 1 ELSE 0 END, 0"
                + " FROM inventory_stock s JOIN product_variants v ON v.id = s.variant_id"
                + " JOIN locations l ON l.id = s.location_id WHERE v.sku = ?1 AND l.code = ?2", sku, location, minimum);
    }

    /** The 13-digit EAN of 12 digits: their GS1 check digit appended. */
    static String ean13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    /** The user acts and sees only in these locations (rows of {@code user_locations}). */
    private void scope(String email, String... codes) {
        for (String code : codes) {
            sql("INSERT INTO user_locations (user_id, location_id) SELECT u.id, l.id FROM users u, locations l"
                    + " WHERE u.email = ?1 AND l.code = ?2", email, code);
        }
    }

    private void series(String location, String documentType, String series) {
        sql("INSERT INTO document_sequences (id, company_id, document_type, series, current_number, location_id)"
                + " SELECT nextval('document_sequences_seq'), c.id, ?1, ?2, 0, l.id FROM companies c, locations l"
                + " WHERE c.ruc = '20601122333' AND l.code = ?3", documentType, series, location);
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
        NativeQuery<?> query = em.createNativeQuery(statement).unwrap(NativeQuery.class);
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                query.setParameter(i + 1, null, String.class); // a typed NULL (the SQL casts it where needed)
            } else {
                query.setParameter(i + 1, params[i]);
            }
        }
        query.executeUpdate();
    }
}

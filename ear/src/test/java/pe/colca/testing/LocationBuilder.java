package pe.colca.testing;

import java.sql.SQLException;
import pe.colca.testing.TestData.NewLocation;

/** A location (default: an active STORE that sells, with a unique {@code IT-} code). */
public final class LocationBuilder {

    private final TestData data;
    private String code = "IT-" + TestData.suffix();
    private String name;
    private String type = "STORE";
    private boolean active = true;
    private boolean sells = true;

    LocationBuilder(TestData data) {
        this.data = data;
    }

    public LocationBuilder code(String code) {
        this.code = code;
        return this;
    }

    public LocationBuilder name(String name) {
        this.name = name;
        return this;
    }

    public LocationBuilder warehouse() {
        this.type = "WAREHOUSE";
        return this;
    }

    public LocationBuilder active(boolean active) {
        this.active = active;
        return this;
    }

    public LocationBuilder sells(boolean sells) {
        this.sells = sells;
        return this;
    }

    public NewLocation create() throws SQLException {
        String shown = name == null ? "Tienda de prueba " + code : name;
        int id = (int) data.number("INSERT INTO locations (id, name, code, type, is_active, allows_sales, version,"
                + " created_at, updated_at) VALUES (nextval('locations_seq'), ?, ?, ?, ?, ?, 0, now(), now())"
                + " RETURNING id", shown, code, type, active, sells);
        // most tests act with the demo store users at fresh locations: those are in their scope
        data.number("WITH granted AS (INSERT INTO user_locations (user_id, location_id) SELECT u.id, ? FROM users u"
                + " WHERE u.email IN (" + TestData.DEMO_SCOPED + ") ON CONFLICT DO NOTHING RETURNING 1)"
                + " SELECT count(*) FROM granted", id);
        return new NewLocation(id, code, shown);
    }
}

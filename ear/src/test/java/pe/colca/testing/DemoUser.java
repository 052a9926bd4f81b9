package pe.colca.testing;

/**
 * The six demo users the test run loads ({@code COLCA_DEMO_DATA=true}), one per role of
 * {@code V2__reference_data.sql}; password {@code COLCA_DEMO_PASSWORD} (default {@code demo1234}).
 * For a user with exactly the permissions a test needs, use {@link TestData#user()}.
 */
public enum DemoUser implements Credentials {

    ADMIN("admin@colca.test"),
    MANAGER("manager@colca.test"),
    CASHIER("cashier@colca.test"),
    WAREHOUSE("warehouse@colca.test"),
    ACCOUNTANT("accountant@colca.test"),
    INTEGRATOR("integrator@colca.test");

    /** The demo users' password. */
    public static final String PASSWORD = System.getenv().getOrDefault("COLCA_DEMO_PASSWORD", "demo1234");

    private final String email;

    DemoUser(String email) {
        this.email = email;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String password() {
        return PASSWORD;
    }
}

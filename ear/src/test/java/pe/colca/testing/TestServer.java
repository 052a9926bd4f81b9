package pe.colca.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the test WildFly and the test PostgreSQL are (bin/colca-test passes the properties). */
public final class TestServer {

    private TestServer() {
    }

    /** The server's HTTP root, e.g. http://127.0.0.1:8180 (no trailing slash). */
    public static URI baseUri() {
        return URI.create("http://127.0.0.1:" + System.getProperty("colca.http.port", "8180"));
    }

    /** A new JDBC connection to the test database (close it). */
    public static Connection jdbc() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("colca.db.url", "jdbc:postgresql://127.0.0.1:5434/colca"),
                System.getProperty("colca.db.user", "colca"),
                System.getProperty("colca.db.password", "colca"));
    }
}

package pe.colca.invoicing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import pe.colca.security.OfflineKeyRotation;

/**
 * Rotation of {@code COLCA_SETTINGS_KEY} for the companies' secrets (SOL password, PKCS#12 and its
 * password, {@link CompanySecrets}): every encrypted column of every company is re-encrypted from the
 * previous secret to the new one in one database transaction. Run by
 * {@code wildfly-config/rotate-settings-key.sh} after the settings' own rotation; see
 * docs/security-hardening.md. Like that one it is harmless to run twice (a value that already decrypts
 * with the new secret is left alone) and a value that decrypts with neither secret stops it before
 * anything is written, naming the company and the column.
 */
public final class CompanySecretRotation {

    /** The encrypted columns of {@code companies}; each is also the field of its additional authenticated data. */
    static final List<String> COLUMNS = List.of("sol_pass", "certificate_data", "certificate_password");

    private CompanySecretRotation() {
    }

    /** One encrypted value of one company. */
    record Secret(long companyId, String ruc, String column, String stored) {
    }

    /** A value to write: the new ciphertext of a company's column. */
    record Rotated(long companyId, String column, String stored) {
    }

    /**
     * The values that must change, re-encrypted under {@code to}.
     *
     * @throws IllegalArgumentException naming the company and column when a value decrypts with neither key
     */
    static List<Rotated> reencrypt(List<Secret> secrets, CompanySecrets from, CompanySecrets to) {
        List<Rotated> changed = new ArrayList<>();
        for (Secret s : secrets) {
            try {
                to.decrypt(s.ruc(), s.column(), s.stored());
                continue; // already under the new secret
            } catch (IllegalStateException notYet) {
                // rotated below
            }
            byte[] plain;
            try {
                plain = from.decrypt(s.ruc(), s.column(), s.stored());
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("the " + s.column() + " of company " + s.ruc()
                        + " decrypts with neither COLCA_SETTINGS_KEY_PREVIOUS nor COLCA_SETTINGS_KEY; nothing was changed", e);
            }
            changed.add(new Rotated(s.companyId(), s.column(), to.encrypt(s.ruc(), s.column(), plain)));
        }
        return changed;
    }

    /**
     * Re-encrypts the companies' secrets on {@code db} in one transaction (committed here).
     *
     * @return how many values changed
     * @throws IllegalArgumentException when a value decrypts with neither secret (rolled back)
     */
    public static int rotate(Connection db, String previous, String next) throws SQLException {
        db.setAutoCommit(false);
        List<Secret> secrets = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement("SELECT id, ruc, " + String.join(", ", COLUMNS)
                + " FROM companies ORDER BY id FOR UPDATE");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                for (String column : COLUMNS) {
                    String stored = rows.getString(column);
                    if (stored != null && stored.startsWith(CompanySecrets.PREFIX)) {
                        secrets.add(new Secret(rows.getLong("id"), rows.getString("ruc"), column, stored));
                    }
                }
            }
        }
        List<Rotated> changed;
        try {
            changed = reencrypt(secrets, new CompanySecrets(previous), new CompanySecrets(next));
        } catch (IllegalArgumentException e) {
            db.rollback();
            throw e;
        }
        for (Rotated r : changed) {
            // the column name comes from COLUMNS, never from input
            try (PreparedStatement write = db.prepareStatement("UPDATE companies SET " + r.column()
                    + " = ?, version = version + 1, updated_at = now() WHERE id = ?")) {
                write.setString(1, r.stored());
                write.setLong(2, r.companyId());
                write.executeUpdate();
            }
        }
        db.commit();
        return changed.size();
    }

    /** {@code java -cp colca-ejb.jar:postgresql.jar pe.colca.invoicing.internal.CompanySecretRotation} (environment: COLCA_DB_*, both keys). */
    public static void main(String[] args) throws SQLException {
        OfflineKeyRotation.Keys keys = OfflineKeyRotation.keysOrExit();
        try (Connection db = OfflineKeyRotation.database()) {
            int changed = rotate(db, keys.previous(), keys.next());
            System.out.println("re-encrypted " + changed + " company secrets with the new COLCA_SETTINGS_KEY");
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}

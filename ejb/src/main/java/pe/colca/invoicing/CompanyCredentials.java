package pe.colca.invoicing;

import jakarta.ejb.Local;
import pe.colca.invoicing.sunat.SignatureAlgorithm;
import pe.colca.invoicing.sunat.SigningCredentials;

/**
 * The decrypted secrets of a company, for the code that signs and sends its documents (never for a
 * screen or the API). Joins the caller's transaction.
 */
@Local
public interface CompanyCredentials {

    /**
     * The company's signing key and certificate.
     *
     * @throws pe.colca.common.RuleViolated when the company has no certificate
     */
    SigningCredentials signing(int companyId);

    /** The SOL user (RUC + user, as WS-Security wants it) and password; null when not set. */
    SolLogin sol(int companyId);

    /** The algorithm of the setting {@code invoicing.signature.algorithm}. */
    SignatureAlgorithm algorithm();

    /** WS-Security credentials of a company. */
    record SolLogin(String username, String password) {
        @Override
        public String toString() {
            return "SolLogin[" + username + ", ***]";
        }
    }
}

package pe.colca.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;
import pe.colca.security.SecretSource;

/**
 * Refuses the deployment outside development when a secret is missing or a public default
 * ({@link SecretPolicy}): the exception of {@code @PostConstruct} fails the start of this
 * {@code @Startup} bean, hence the deployment of {@code colca.ear}, with the message in the server
 * log and in the answer of the {@code deploy} command.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecretsCheck {

    private static final Logger LOG = Logger.getLogger(SecretsCheck.class.getName());

    @PostConstruct
    void check() {
        // a configured credential store that cannot be opened fails here too, with its own message
        List<String> problems = SecretPolicy.problems(SecretSource.resolved());
        if (!problems.isEmpty()) {
            String message = SecretPolicy.message(problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        if (SecretSource.development()) {
            LOG.warning("COLCA_ENV=development: default secrets are accepted; never run a shop like this");
        } else {
            LOG.info("secrets checked: none is missing or a development default");
        }
    }
}

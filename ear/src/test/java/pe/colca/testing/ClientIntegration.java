package pe.colca.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every integration test that talks to Colca from outside, as a client: over HTTP
 * ({@link ApiClient}), through a browser ({@link Browser}) or straight to PostgreSQL
 * ({@link TestServer#jdbc()}, {@link TestData}). Arquillian deploys the real {@code colca.ear}
 * (deploying it is what migrates the schema) before the class and undeploys it after; the test
 * methods run in the Failsafe JVM ({@code @RunAsClient}, inherited).
 *
 * <pre>
 * class WidgetApiIT extends ClientIntegration { ... }
 * </pre>
 *
 * Tests that must call the EJBs directly run inside WildFly instead: {@link InContainerIntegration}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientIntegration {

    /** Arquillian finds this in the superclass; a subclass declares no deployment of its own. */
    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.colca();
    }
}

package pe.colca.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * The base of the integration tests that run INSIDE WildFly and call the EJBs directly (no HTTP):
 * Arquillian deploys the real {@code colca.ear} with one more web module, {@code colca-it.war},
 * holding the harness and every subclass of this class; its servlet protocol runs each test
 * method in the server and reports back to JUnit in the Failsafe JVM.
 *
 * <ul>
 *   <li>Services: {@link #lookup(String, Class)} by bean name, e.g.
 *       {@code lookup("DefaultInventoryService", InventoryService.class)} (JNDI {@code java:global/colca/colca-ejb/...}).</li>
 *   <li>Identity: {@link #as(Credentials, PrivilegedExceptionAction)} signs a user in with Elytron
 *       (the test WAR belongs to the {@code colca} security domain, like the console) and runs the
 *       work as that user, so {@code @RolesAllowed} and the audit columns see a real caller.</li>
 *   <li>Transactions: {@link #transaction()} for beans that must join one (MANDATORY).</li>
 *   <li>Fixtures: {@link #data()} is {@link TestData} over {@code ColcaDS}.</li>
 * </ul>
 *
 * A subclass declares no deployment; the class files of this test module are found on disk.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainerIntegration {

    /** The module name of the EJB jar inside colca.ear. */
    public static final String EJB_MODULE = "java:global/colca/colca-ejb/";

    @Deployment(testable = true)
    public static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.colca();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "colca-it.war")
                .addClasses(InContainerIntegration.class, TestData.class, Credentials.class, DemoUser.class,
                        TestServer.class, CustomerLedgerFixtures.class, Transactions.class,
                        InvoicingFixtures.class, CashFixtures.class, Companies.class, LocationBuilder.class,
                        ProductBuilder.class, UserBuilder.class, DeadlineFixtures.class, SendingCompanies.class,
                        SendingCompanies.Sending.class)
                .addAsResource("pe/colca/invoicing/test-signer.p12").addAsResource("pe/colca/invoicing/expired-signer.p12")
                .addAsWebInfResource(new StringAsset("<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"15.0\">"
                        + "<security-domain>colca</security-domain></jboss-web>"), "jboss-web.xml")
                // Elytron's API (SecurityDomain) is a server module: a sub-deployment asks for it in its manifest
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
        for (Class<?> c : TestData.class.getDeclaredClasses()) {
            tests.addClass(c);
        }
        for (String test : inContainerTests()) {
            tests.addClass(test);
        }
        ear.addAsModule(Testable.archiveToTest(tests));
        // application.xml lists the modules WildFly deploys: add the test WAR (context /colca-it)
        String xml = new String(readApplicationXml(ear), java.nio.charset.StandardCharsets.UTF_8);
        String module = "<module><web><web-uri>colca-it.war</web-uri><context-root>/colca-it</context-root></web></module>";
        String anchor = xml.contains("<library-directory>") ? "<library-directory>" : "</application>";
        ear.setApplicationXML(new StringAsset(xml.replace(anchor, module + anchor)));
        return ear;
    }

    private static byte[] readApplicationXml(EnterpriseArchive ear) {
        try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("colca.ear has no readable application.xml", e);
        }
    }

    /** The binary names of every subclass of this class among the compiled test classes, with their nested classes. */
    private static List<String> inContainerTests() {
        List<String> found = new ArrayList<>();
        try {
            Path root = Path.of(InContainerIntegration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                            .replaceAll("\\.class$", "");
                    String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                    if (outer.endsWith("IT") && InContainerIntegration.class.isAssignableFrom(
                            Class.forName(outer, false, InContainerIntegration.class.getClassLoader()))) {
                        found.add(name);
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the in-container tests", e);
        }
        return found;
    }

    // ---- inside the container -----------------------------------------------------------------

    /** A bean of colca-ejb by its name and business interface (or class, for no-interface views). */
    protected static <T> T lookup(String beanName, Class<T> view) {
        try {
            return view.cast(new InitialContext().lookup(EJB_MODULE + beanName + "!" + view.getName()));
        } catch (NamingException e) {
            throw new IllegalStateException("no bean " + beanName + " (" + view.getName() + ")", e);
        }
    }

    /** The server's JTA UserTransaction (begin/commit around beans that need a caller's transaction). */
    public static jakarta.transaction.UserTransaction transaction() {
        try {
            return (jakarta.transaction.UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fixtures over the application's own data source. */
    protected static TestData data() {
        try {
            return TestData.over((DataSource) new InitialContext().lookup("java:jboss/datasources/ColcaDS"));
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code work} as {@code user}, authenticated by the deployment's Elytron security domain
     * with the user's password (so the roles are the user's permission slugs). Works in any thread.
     */
    protected static <T> T as(Credentials user, PrivilegedExceptionAction<T> work) throws Exception {
        SecurityIdentity identity = identity(user);
        try {
            return identity.runAs(work);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** The signed-in identity of {@code user}; sign in once and reuse it across threads. */
    protected static SecurityIdentity identity(Credentials user) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("no Elytron security domain for this thread's deployment");
        }
        return domain.authenticate(user.email(), new PasswordGuessEvidence(user.password().toCharArray()));
    }
}

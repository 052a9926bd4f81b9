package pe.colca.security.internal;

import java.util.List;
import java.util.function.UnaryOperator;

/** Test access to the package-private start-up rule from other test packages. */
public final class SecretPolicyAccess {

    private SecretPolicyAccess() {
    }

    public static List<String> problems(UnaryOperator<String> env) {
        return SecretPolicy.problems(env);
    }
}

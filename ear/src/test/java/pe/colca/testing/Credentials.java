package pe.colca.testing;

/** Who signs in: a login (email) and its password, for {@link Browser#login} and {@link ApiClient}. */
public interface Credentials {

    String email();

    String password();
}

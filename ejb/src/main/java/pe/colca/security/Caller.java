package pe.colca.security;

import jakarta.ejb.Local;
import java.util.Optional;

/** Who is calling: the authenticated user of the console or the API, as a row of {@code users}. */
@Local
public interface Caller {

    /** The login (email) of the caller, or {@code anonymous}. */
    String name();

    /** The caller's {@code users.id}, empty for the server itself (timers, MDBs) or unknown users. */
    Optional<Long> userId();
}

package pe.colca.security;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Reading and verifying the audit trail (permission {@code audit.view}). Writing is
 * {@link AuditTrail}'s, sealing the chain the server's own (every few seconds and after each commit).
 */
@Local
public interface AuditLogService {

    /** Newest first. */
    Page<AuditEntry> search(AuditFilter filter, PageRequest page);

    /** One row with its values, or {@link AuditEntryNotFound}. */
    AuditEntry entry(long id);

    /** The tables and actions present, for the filters' choices. */
    List<String> entityTables();

    List<String> actions();

    /** Seals what is committed and unsealed, then walks the whole chain. */
    AuditCheck verify();
}

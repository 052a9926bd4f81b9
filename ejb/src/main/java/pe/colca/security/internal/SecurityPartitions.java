package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;
import pe.colca.settings.TimePartitionedTables;

/** The security area's time-partitioned table: {@code audit_logs}, partitioned monthly (V1). */
@Stateless
@PermitAll
public class SecurityPartitions implements TimePartitionedTables {

    @Override
    public List<String> timePartitionedTables() {
        return List.of("audit_logs");
    }
}

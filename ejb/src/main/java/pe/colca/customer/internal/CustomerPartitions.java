package pe.colca.customer.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;
import pe.colca.settings.TimePartitionedTables;

/** The customer area's time-partitioned table: {@code loyalty_movements}, partitioned yearly (V1). */
@Stateless
@PermitAll
public class CustomerPartitions implements TimePartitionedTables {

    @Override
    public List<String> timePartitionedTables() {
        return List.of("loyalty_movements");
    }
}

package pe.colca.inventory.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;
import pe.colca.settings.TimePartitionedTables;

/** The inventory area's time-partitioned table: {@code inventory_movements}, partitioned monthly (V1). */
@Stateless
@PermitAll
public class InventoryPartitions implements TimePartitionedTables {

    @Override
    public List<String> timePartitionedTables() {
        return List.of("inventory_movements");
    }
}

package pe.colca.settings;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The time-partitioned tables an area owns, declared by that area (a {@code @Stateless} bean in
 * its {@code internal} package) so that partition maintenance names no other area's table:
 * inventory declares {@code inventory_movements}, security {@code audit_logs}, customer
 * {@code loyalty_movements}. Each must be partitioned the way {@code colca_ensure_partitions}
 * expects (docs/conventions.md).
 */
@Local
public interface TimePartitionedTables {

    List<String> timePartitionedTables();
}

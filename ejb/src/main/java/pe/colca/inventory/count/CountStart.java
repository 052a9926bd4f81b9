package pe.colca.inventory.count;

import java.util.List;

/**
 * What a new count covers: every variant stocked at the location ({@link CountScope#ALL}), or the
 * variants named by SKU and/or every live variant of a category and its sub-categories
 * ({@link CountScope#SELECTED}).
 */
public record CountStart(Integer locationId, CountScope scope, List<String> skus, Long categoryId, String notes) {

    public CountStart {
        skus = skus == null ? List.of() : skus.stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .distinct().toList();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }
}

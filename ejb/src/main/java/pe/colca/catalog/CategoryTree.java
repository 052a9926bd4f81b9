package pe.colca.catalog;

import java.util.List;
import java.util.Objects;

/** The rule of the category tree: a category can never become its own ancestor. */
public final class CategoryTree {

    private CategoryTree() {
    }

    /**
     * Refuses to put {@code moving} under a parent whose path from the root is
     * {@code newParentPath} (root first, the new parent last; empty for a root).
     *
     * @throws CategoryCycle when the category itself is on that path
     */
    public static void refuseCycle(Integer moving, List<Integer> newParentPath) {
        if (moving == null) {
            return; // a new category has no descendants
        }
        for (Integer ancestor : newParentPath) {
            if (Objects.equals(ancestor, moving)) {
                throw new CategoryCycle(moving, newParentPath.get(newParentPath.size() - 1));
            }
        }
    }
}

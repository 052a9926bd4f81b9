package pe.colca.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    @Test
    @DisplayName("a category may move anywhere outside its own subtree")
    void legalMoves() {
        assertDoesNotThrow(() -> CategoryTree.refuseCycle(5, List.of()), "becoming a root");
        assertDoesNotThrow(() -> CategoryTree.refuseCycle(5, List.of(1, 2, 3)));
        assertDoesNotThrow(() -> CategoryTree.refuseCycle(null, List.of(1)), "a new category has no subtree");
    }

    @Test
    @DisplayName("under itself or under one of its descendants is a CategoryCycle (422)")
    void cycles() {
        CategoryCycle self = assertThrows(CategoryCycle.class, () -> CategoryTree.refuseCycle(5, List.of(1, 5)));
        assertEquals("category-cycle", self.type());
        assertThrows(CategoryCycle.class, () -> CategoryTree.refuseCycle(1, List.of(1, 2, 3)), "under a grandchild");
    }

    @Test
    @DisplayName("the entity refuses the cycle too when it can see it in memory")
    void entityRefusesCycle() {
        Category root = new Category("Ropa", "ropa", null);
        Category child = new Category("Hombre", "hombre", root);
        Category grandchild = new Category("Polos", "polos", child);
        assertThrows(CategoryCycle.class, () -> root.moveUnder(grandchild));
        assertThrows(CategoryCycle.class, () -> root.moveUnder(root));
        assertDoesNotThrow(() -> grandchild.moveUnder(root));
    }
}

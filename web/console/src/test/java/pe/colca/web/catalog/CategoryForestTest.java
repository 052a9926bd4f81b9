package pe.colca.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

class CategoryForestTest {

    private static CategoryItem item(int id, Integer parent, String name) {
        return new CategoryItem(id, parent, name, "slug-" + id, true, null, 0);
    }

    private static final List<CategoryItem> ROWS = List.of(
            item(3, 1, "Polos"), item(1, null, "Ropa"), item(2, 1, "Camisas"), item(4, null, "Álbumes"),
            item(5, 3, "Manga corta"), item(6, 99, "Huérfana"));

    private static List<String> names(TreeNode<CategoryItem> node) {
        return node.getChildren().stream().map(n -> n.getData().name()).toList();
    }

    @Test
    void childrenUnderTheirParentSortedByNameIgnoringAccents() {
        TreeNode<CategoryItem> root = new CategoryForest(ROWS).tree(null);
        assertNull(root.getData());
        assertEquals(List.of("Álbumes", "Huérfana", "Ropa"), names(root), "a missing parent makes a root");
        TreeNode<CategoryItem> ropa = root.getChildren().get(2);
        assertEquals(List.of("Camisas", "Polos"), names(ropa));
        assertEquals(List.of("Manga corta"), names(ropa.getChildren().get(1)));
        assertTrue(ropa.isExpanded());
    }

    @Test
    void selectedNodeIsMarkedAndFound() {
        TreeNode<CategoryItem> root = new CategoryForest(ROWS).tree(5);
        TreeNode<CategoryItem> found = CategoryForest.find(root, 5);
        assertEquals("Manga corta", found.getData().name());
        assertTrue(found.isSelected());
        assertFalse(CategoryForest.find(root, 3).isSelected());
        assertNull(CategoryForest.find(root, 42));
        assertSame(found, CategoryForest.find(root, 5));
    }

    @Test
    void pathIsRootFirst() {
        CategoryForest forest = new CategoryForest(ROWS);
        assertEquals(List.of("Ropa", "Polos", "Manga corta"), forest.path(5).stream().map(CategoryItem::name).toList());
        assertEquals(List.of(), forest.path(77));
    }

    @Test
    void parentOptionsAreDepthFirstWithTheirPath() {
        assertEquals(List.of("Álbumes", "Huérfana", "Ropa", "Ropa › Camisas", "Ropa › Polos",
                        "Ropa › Polos › Manga corta"),
                new CategoryForest(ROWS).parentOptions().stream().map(CategoryForest.ParentOption::label).toList());
    }

    @Test
    void aDamagedTableWithACycleDoesNotLoop() {
        CategoryForest forest = new CategoryForest(List.of(item(1, 2, "A"), item(2, 1, "B"), item(3, null, "C")));
        assertEquals(List.of("C"), names(forest.tree(null)), "a cycle has no root to hang from");
        assertEquals(2, forest.path(1).size());
    }
}

package pe.colca.web.catalog;

import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The category rows of the database arranged as the tree editor shows them: children under their
 * parent, siblings by name (Spanish collation, accents and case ignored), every node expanded. A
 * category whose parent is missing from the rows (deleted meanwhile) is shown as a root rather than
 * lost; the walk never visits a node twice, so even a damaged table cannot loop.
 */
public final class CategoryForest {

    /** An entry of the "parent" choice: the category and its path from the root ("Ropa › Hombre"). */
    public record ParentOption(int id, String label) implements Serializable {
    }

    static final String SEPARATOR = " › ";

    private final Map<Integer, CategoryItem> byId = new LinkedHashMap<>();
    private final Map<Integer, List<CategoryItem>> children = new HashMap<>();
    private final List<CategoryItem> roots = new ArrayList<>();

    public CategoryForest(List<CategoryItem> items) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("es-PE"));
        collator.setStrength(Collator.PRIMARY);
        Comparator<CategoryItem> byName = Comparator.comparing(CategoryItem::name, collator)
                .thenComparingInt(CategoryItem::id);
        List<CategoryItem> sorted = new ArrayList<>(items);
        sorted.sort(byName);
        sorted.forEach(i -> byId.put(i.id(), i));
        for (CategoryItem item : sorted) {
            if (item.parentId() == null || !byId.containsKey(item.parentId())) {
                roots.add(item);
            } else {
                children.computeIfAbsent(item.parentId(), k -> new ArrayList<>()).add(item);
            }
        }
    }

    public CategoryItem get(Integer id) {
        return id == null ? null : byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    /** The nodes for {@code <p:tree>}: an invisible root with the roots of the forest under it, all expanded. */
    public TreeNode<CategoryItem> tree(Integer selectedId) {
        TreeNode<CategoryItem> root = new DefaultTreeNode<>(null, null);
        root.setExpanded(true);
        Set<Integer> seen = new HashSet<>();
        for (CategoryItem item : roots) {
            add(root, item, selectedId, seen);
        }
        return root;
    }

    private void add(TreeNode<CategoryItem> parent, CategoryItem item, Integer selectedId, Set<Integer> seen) {
        if (!seen.add(item.id())) {
            return;
        }
        TreeNode<CategoryItem> node = new DefaultTreeNode<>(item, parent);
        node.setExpanded(true);
        node.setSelected(Integer.valueOf(item.id()).equals(selectedId));
        for (CategoryItem child : children.getOrDefault(item.id(), List.of())) {
            add(node, child, selectedId, seen);
        }
    }

    /** The node of {@code id} in a tree built by {@link #tree}, or null. */
    public static TreeNode<CategoryItem> find(TreeNode<CategoryItem> node, Integer id) {
        if (id == null || node == null) {
            return null;
        }
        if (node.getData() != null && node.getData().id() == id) {
            return node;
        }
        for (TreeNode<CategoryItem> child : node.getChildren()) {
            TreeNode<CategoryItem> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The path from the root to {@code id} (root first, the category last); empty when unknown. */
    public List<CategoryItem> path(Integer id) {
        List<CategoryItem> path = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (CategoryItem c = get(id); c != null && seen.add(c.id()); c = get(c.parentId())) {
            path.add(0, c);
        }
        return path;
    }

    /** Every category, depth first in tree order, labelled with its path: the choices of a new parent. */
    public List<ParentOption> parentOptions() {
        List<ParentOption> options = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (CategoryItem root : roots) {
            collect(root, root.name(), options, seen);
        }
        return options;
    }

    private void collect(CategoryItem item, String label, List<ParentOption> options, Set<Integer> seen) {
        if (!seen.add(item.id())) {
            return;
        }
        options.add(new ParentOption(item.id(), label));
        for (CategoryItem child : children.getOrDefault(item.id(), List.of())) {
            collect(child, label + SEPARATOR + child.name(), options, seen);
        }
    }
}

package pe.colca.web.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.Brand;
import pe.colca.catalog.BrandService;
import pe.colca.catalog.Category;
import pe.colca.catalog.CategoryService;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.web.AllPages;

/**
 * The brands and categories a product screen offers in its menus, read once per view: brands by
 * name, categories by their full path ("Ropa › Polos") so two "Polos" under different parents can be
 * told apart. Also names the brand and category of a list row without a query per row.
 */
public final class CatalogChoices implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SEPARATOR = " › ";

    /** A menu entry (a class, not a record: the console's EL reads bean getters). */
    public static final class Option implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String label;

        Option(long id, String label) {
            this.id = id;
            this.label = label;
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    private final List<Option> brands;
    private final List<Option> categories;
    private final Map<Long, String> brandNames = new HashMap<>();
    private final Map<Long, String> categoryPaths = new HashMap<>();

    private CatalogChoices(List<Option> brands, List<Option> categories) {
        this.brands = brands;
        this.categories = categories;
        brands.forEach(o -> brandNames.put(o.getId(), o.getLabel()));
        categories.forEach(o -> categoryPaths.put(o.getId(), o.getLabel()));
    }

    public static CatalogChoices load(BrandService brandService, CategoryService categoryService) {
        List<Option> brands = new ArrayList<>();
        for (Brand b : all((request) -> brandService.searchBrands(null, request))) {
            brands.add(new Option(b.getId(), b.getName()));
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, Integer> parents = new HashMap<>();
        for (Category c : all((request) -> categoryService.searchCategories(null, null, false, request))) {
            names.put(c.getId(), c.getName());
            if (c.getParent() != null) {
                parents.put(c.getId(), c.getParent().getId());
            }
        }
        return new CatalogChoices(brands, categoryOptions(names, parents));
    }

    /** No choices (when they could not be read; the screen shows why). */
    public static CatalogChoices none() {
        return new CatalogChoices(List.of(), List.of());
    }

    /** Each category labelled with its path from the root; sorted by that path. */
    static List<Option> categoryOptions(Map<Integer, String> names, Map<Integer, Integer> parents) {
        List<Option> options = new ArrayList<>();
        for (Integer id : names.keySet()) {
            List<String> path = new ArrayList<>();
            Integer at = id;
            for (int depth = 0; at != null && names.containsKey(at) && depth < 100; depth++) {
                path.add(0, names.get(at));
                at = parents.get(at);
            }
            options.add(new Option(id, String.join(SEPARATOR, path)));
        }
        options.sort(Comparator.comparing(Option::getLabel, String.CASE_INSENSITIVE_ORDER));
        return options;
    }

    private interface Fetch<T> {
        Page<T> page(PageRequest request);
    }

    private static <T> List<T> all(Fetch<T> fetch) {
        return AllPages.read(offset -> fetch.page(new PageRequest(offset, PageRequest.MAX_LIMIT, null, true)));
    }

    public List<Option> getBrands() {
        return brands;
    }

    public List<Option> getCategories() {
        return categories;
    }

    public String brandName(Long id) {
        return id == null ? null : brandNames.get(id);
    }

    public String categoryPath(Long id) {
        return id == null ? null : categoryPaths.get(id);
    }
}

package pe.colca.catalog;

import pe.colca.common.BusinessException;

/** Moving the category there would make it its own ancestor (HTTP 422). */
public class CategoryCycle extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CategoryCycle(Integer category, Integer newParent) {
        super(Kind.RULE, "category-cycle", "catalog.category.cycle", String.valueOf(category), String.valueOf(newParent));
    }
}

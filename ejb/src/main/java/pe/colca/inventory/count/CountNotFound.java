package pe.colca.inventory.count;

import pe.colca.common.BusinessException;

/** No count has this id (HTTP 404). */
public class CountNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CountNotFound(long id) {
        super(Kind.NOT_FOUND, "not-found", "inventory.count.notFound", String.valueOf(id));
    }
}

package pe.colca.common;

/** The record asked for does not exist, or was deleted. */
public class RecordNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String what, Object id) {
        super(Kind.NOT_FOUND, "not-found", "error.notFound", what, String.valueOf(id));
    }
}

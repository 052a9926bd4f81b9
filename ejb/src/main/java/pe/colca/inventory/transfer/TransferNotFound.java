package pe.colca.inventory.transfer;

import pe.colca.common.BusinessException;

/** No transfer with that id (HTTP 404). */
public class TransferNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TransferNotFound(long id) {
        super(Kind.NOT_FOUND, "not-found", "inventory.transfer.notFound", String.valueOf(id));
    }
}

package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.MovementPosted;

/** The answer to a receipt, sale, return, adjustment or conversion: the ledger line and the stock after it. */
@JsonbPropertyOrder({"movement", "stock"})
@Schema(name = "MovementPosted")
public record MovementPostedView(MovementView movement, StockView stock) {

    public static MovementPostedView of(MovementPosted posted) {
        return new MovementPostedView(MovementView.of(posted.movement()), StockView.of(posted.stock()));
    }
}

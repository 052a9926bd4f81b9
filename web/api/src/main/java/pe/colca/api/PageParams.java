package pe.colca.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list takes. Read as text and checked by {@link Paging}, so a
 * bad value is a 400 naming the parameter (JAX-RS would answer 404 for an unconvertible number).
 */
public class PageParams {

    @QueryParam("offset")
    @Parameter(description = "Position of the first item (0-based).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String offset;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 200.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    String limit;

    @QueryParam("sort")
    @Parameter(description = "Field to sort by (each list names its sortable fields).")
    String sort;

    @QueryParam("order")
    @Parameter(description = "Sort direction.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}, defaultValue = "asc"))
    String order;

    public PageParams() {
    }

    public PageParams(String offset, String limit, String sort, String order) {
        this.offset = offset;
        this.limit = limit;
        this.sort = sort;
        this.order = order;
    }
}

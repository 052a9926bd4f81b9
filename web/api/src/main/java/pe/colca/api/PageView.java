package pe.colca.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import pe.colca.common.Page;

/**
 * One page of a list: {@code {"items":[...],"total":N,"offset":0,"limit":20}}. Each list documents
 * its own concrete page schema for OpenAPI (e.g. {@code LocationPage}).
 */
@JsonbPropertyOrder({"items", "total", "offset", "limit"})
public record PageView<T>(List<T> items, long total, int offset, int limit) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.total(), page.offset(), page.limit());
    }
}

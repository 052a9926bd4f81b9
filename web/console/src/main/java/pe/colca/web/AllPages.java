package pe.colca.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Every item of a paged service list, for the options of a selector: a service answers at most
 * {@link PageRequest#MAX_LIMIT} rows a call, and a selector that read only the first page would hide the
 * 201st company or store without a word.
 */
public final class AllPages {

    private AllPages() {
    }

    /** The items of every page {@code pageAt} (given the offset, asking {@code MAX_LIMIT} rows) answers, in order. */
    public static <T> List<T> read(IntFunction<Page<T>> pageAt) {
        List<T> items = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<T> page = pageAt.apply(offset);
            items.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_LIMIT || offset + PageRequest.MAX_LIMIT >= page.total()) {
                return items;
            }
        }
    }
}

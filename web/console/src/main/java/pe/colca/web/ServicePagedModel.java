package pe.colca.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The lazy model of every paged list in the console: PrimeFaces asks for a slice, the model turns
 * it into a {@link PageRequest} (the clicked column's field name as the sort field) and asks the
 * screen's service through {@link Fetch}. A refusal is shown once per request as a message and
 * the table shows no rows, instead of an error page.
 *
 * @param <R> the row type the table shows
 */
public class ServicePagedModel<R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;
    private static final String FAILED = ServicePagedModel.class.getName() + ".failed";

    /** Reads one page; {@code counting} is true when only the total matters. Null means "nothing to show". */
    @FunctionalInterface
    public interface Fetch<R> extends Serializable {
        Page<R> fetch(PageRequest request, boolean counting);
    }

    /** The stable key of a row (its id). */
    @FunctionalInterface
    public interface Key<R> extends Serializable {
        Object of(R row);
    }

    private final Fetch<R> fetch;
    private final Key<R> key;
    private final boolean ascendingByDefault;

    public ServicePagedModel(Fetch<R> fetch, Key<R> key, boolean ascendingByDefault) {
        this.fetch = Objects.requireNonNull(fetch);
        this.key = Objects.requireNonNull(key);
        this.ascendingByDefault = ascendingByDefault;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            Page<R> page = fetch.fetch(PageRequest.of(0, 1), true);
            return page == null ? 0 : (int) page.total();
        } catch (RuntimeException e) {
            reportOnce(e);
            return 0;
        }
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .sorted().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null ? ascendingByDefault : sort.getOrder() != SortOrder.DESCENDING);
        try {
            Page<R> page = fetch.fetch(request, false);
            setRowCount(page == null ? 0 : (int) page.total());
            return page == null ? List.of() : page.items();
        } catch (RuntimeException e) {
            reportOnce(e);
            setRowCount(0);
            return List.of();
        }
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public R getRowData(String rowKey) {
        List<R> page = getWrappedData();
        return page == null ? null : page.stream()
                .filter(r -> String.valueOf(key.of(r)).equals(rowKey)).findFirst().orElse(null);
    }

    /** count() and load() run in the same request: one message is enough. */
    private static void reportOnce(RuntimeException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getAttributes().putIfAbsent(FAILED, Boolean.TRUE) == null) {
            Locale locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
            FacesErrors.show(e, locale, null);
        }
    }
}

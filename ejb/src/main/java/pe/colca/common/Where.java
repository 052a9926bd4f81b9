package pe.colca.common;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The WHERE clause of a filtered list (JPQL or native SQL) and its parameters, built from optional
 * filters, plus the two queries of a page (the rows and their total) that share it. Conditions are
 * fixed strings written by the service; user input only ever travels as a bound parameter.
 *
 * <pre>{@code
 * Where where = new Where()
 *         .andIf(f.locationId(), "m.locationId = :location", "location")
 *         .andContains(f.text(), "lower(m.sku) LIKE :text ESCAPE '!'", "text");
 * return where.page(em.createQuery("SELECT m FROM X m" + where + " ORDER BY m.id", X.class),
 *         em.createQuery("SELECT count(m) FROM X m" + where, Long.class), page);
 * }</pre>
 */
public final class Where {

    private final StringBuilder clause = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code AND condition}, a condition without parameters. */
    public Where and(String condition) {
        clause.append(" AND ").append(condition);
        return this;
    }

    /** Adds {@code AND condition} with its parameter {@code :name} bound to {@code value}. */
    public Where and(String condition, String name, Object value) {
        params.put(name, value);
        return and(condition);
    }

    /** Binds {@code :name} (a parameter of a condition that has several, added before or after it). */
    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** As {@link #and(String, String, Object)}, only when {@code value} is not null (an unset filter). */
    public Where andIf(Object value, String condition, String name) {
        return value == null ? this : and(condition, name, value);
    }

    /**
     * When {@code text} is not blank: adds {@code AND condition} with {@code :name} bound to the
     * {@link #containing} pattern of the text (the condition must say {@code ESCAPE '!'}).
     */
    public Where andContains(String text, String condition, String name) {
        return text == null || text.isBlank() ? this : and(condition, name, containing(text));
    }

    /** {@code %text%} in lower case for a {@code LIKE ... ESCAPE '!'}, with the text's own wildcards escaped. */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Binds the parameters collected so far. */
    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** One page of entities: {@code items} and {@code count} are built with this clause. */
    public <T> Page<T> page(TypedQuery<T> items, TypedQuery<Long> count, PageRequest page) {
        List<T> rows = bind(items).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(rows, total(rows.size(), page, () -> bind(count).getSingleResult()), page.offset(), page.limit());
    }

    /** One page of a native query whose rows ({@code Object[]}) {@code mapper} turns into records. */
    public <T> Page<T> page(Query items, Query count, PageRequest page, Function<Object[], T> mapper) {
        List<T> rows = new ArrayList<>();
        for (Object row : bind(items).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
            rows.add(mapper.apply((Object[]) row));
        }
        return new Page<>(rows, total(rows.size(), page, () -> ((Number) bind(count).getSingleResult()).longValue()),
                page.offset(), page.limit());
    }

    /**
     * The total of a filter: known from the page itself when the page is not full (the last page, or
     * the only one), so the count query — a second round trip — runs only for a full page or a page
     * past the end.
     */
    static long total(int rowsOnPage, PageRequest page, LongSupplier count) {
        if (rowsOnPage < page.limit() && (rowsOnPage > 0 || page.offset() == 0)) {
            return (long) page.offset() + rowsOnPage;
        }
        return count.getAsLong();
    }

    @Override
    public String toString() {
        return clause.toString();
    }
}

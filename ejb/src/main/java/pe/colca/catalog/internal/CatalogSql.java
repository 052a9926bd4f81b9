package pe.colca.catalog.internal;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.Where;

/** The catalog's search helpers: name words as the trigram index stores them, LIKE escaping, id pages. */
final class CatalogSql {

    private CatalogSql() {
    }

    /** The words of a search text, lower case without accents (as colca_unaccent(lower(…)) stores them). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : plain(text).split("[\\s]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * "the product's name holds every word of the text", accent- and case-insensitive, written with
     * exactly the expression of ix_products_name_trgm so the index serves it; binds one parameter a word.
     */
    static String nameHasWords(Where where, String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "1 = 0";
        }
        StringJoiner all = new StringJoiner(" AND ");
        for (int i = 0; i < words.size(); i++) {
            where.param("word" + i, "%" + likeEscape(words.get(i)) + "%");
            all.add("colca_unaccent(lower(p.name)) LIKE :word" + i + " ESCAPE '!'");
        }
        return all.toString();
    }

    /**
     * A page of entities found by a native query: the ids of the page first ({@code idColumn}
     * {@code from} {@code where} {@code order}), then the entities in one query, kept in the ids' order
     * ({@code each} runs on every entity while the transaction is open, e.g. to load a collection).
     */
    static <T> Page<T> pageOfIds(EntityManager em, Where where, String from, String idColumn, String order,
                                 PageRequest page, Function<List<Long>, List<T>> load, Function<T, Long> idOf,
                                 Consumer<T> each) {
        List<Long> ids = new ArrayList<>();
        for (Object id : where.bind(em.createNativeQuery("SELECT " + idColumn + from + where + order))
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        long total = ((Number) where.bind(em.createNativeQuery("SELECT count(*)" + from + where))
                .getSingleResult()).longValue();
        List<T> items = new ArrayList<>();
        if (!ids.isEmpty()) {
            Map<Long, T> byId = new HashMap<>();
            load.apply(ids).forEach(e -> byId.put(idOf.apply(e), e));
            ids.stream().map(byId::get).filter(Objects::nonNull).forEach(e -> {
                each.accept(e);
                items.add(e);
            });
        }
        return new Page<>(items, total, page.offset(), page.limit());
    }

}

package pe.colca.api.customer;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.common.InvalidInput;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The answers the loyalty and wallet resources share: a balance with its ETag (304 when unchanged) and a
 * page of ledger lines (newest first, sortable by {@code createdAt} only, with the Link header).
 */
final class LedgerResponses {

    private LedgerResponses() {
    }

    /** 200 with the balance and {@code ETag: "version"}, or 304 when {@code If-None-Match} names that version. */
    static Response balance(Object balance, long version, String ifNoneMatch) {
        return ETags.conditional(ifNoneMatch, version, () -> balance);
    }

    /** A page of ledger lines; bad paging parameters are a 400 naming them. */
    static <T> Response lines(PageParams paging, Locale locale, Function<PageRequest, Page<T>> read, UriInfo uri) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("createdAt"), "createdAt", errors, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(read.apply(page), uri);
    }
}

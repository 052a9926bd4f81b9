package pe.colca.catalog.internal;

import java.util.Locale;

/**
 * Who a catalog write is made for and in which language its refusals are worded: the caller of a
 * screen or the API, or the user who started an import (whose job runs without his identity).
 *
 * @param userId {@code users.id} for the history and audit rows; null for the server itself
 * @param origin what the audit row should add about where the change came from (e.g. the import
 *               and its row); null for screens and the API
 */
public record Author(Long userId, Locale locale, String origin) {
}

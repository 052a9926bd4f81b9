package pe.colca.common;

/**
 * Which slice of a list to return. Offsets below zero become zero and the page size is kept
 * between 1 and {@link #MAX_LIMIT}, so a client can never ask for the whole table at once.
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, null, true);
    }
}

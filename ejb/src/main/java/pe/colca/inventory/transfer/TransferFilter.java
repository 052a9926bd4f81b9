package pe.colca.inventory.transfer;

/**
 * Search criteria for the transfer list; null fields do not filter. {@code locationId} matches
 * either end; {@code text} matches the transfer number.
 */
public record TransferFilter(TransferStatus status, Integer fromLocationId, Integer toLocationId, Integer locationId,
                             String text) {

    public static TransferFilter all() {
        return new TransferFilter(null, null, null, null, null);
    }
}

package pe.colca.sales;

/** A created order, or with {@code replayed} the order an earlier request with the same client key created. */
public record OrderCreated(Order order, boolean replayed) {
}

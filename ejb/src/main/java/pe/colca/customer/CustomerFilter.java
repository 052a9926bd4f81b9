package pe.colca.customer;

/**
 * Search criteria for the customer list; null fields do not filter. {@code text} matches the document
 * number, the name (accent- and case-insensitive, partial), the email or the phone (digits, partial).
 */
public record CustomerFilter(String text, CustomerSegment segment, Boolean active) {

    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null);
    }
}

package pe.colca.invoicing;

/** Where a summary (RC or RA) stands with SUNAT. */
public enum SummaryStatus {
    /** Built, not sent yet. */
    NEW,
    /** Sent; SUNAT gave a ticket that is being polled. */
    SENT,
    /** Ticket answered 0: every line accepted. */
    ACCEPTED,
    /** Ticket answered 99 (or the file was refused): nothing of it was informed. */
    REJECTED,
    /** The send failed (no answer, a 01xx exception): sent again at the next poll time. */
    ERROR;

    /** SUNAT has answered for good. */
    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED;
    }
}

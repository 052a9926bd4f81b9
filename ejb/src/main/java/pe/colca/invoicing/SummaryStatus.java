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
    ERROR,
    /**
     * The ticket is lost: SUNAT does not know it (0127) or it stayed in process longer than
     * {@code invoicing.ticket.max_age_hours} (V36). Final and waiting for a person: its RC documents went
     * back to the next summary, its voiding can be requested again.
     */
    EXPIRED;

    /** SUNAT has answered for good (or never will: EXPIRED). */
    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED || this == EXPIRED;
    }
}

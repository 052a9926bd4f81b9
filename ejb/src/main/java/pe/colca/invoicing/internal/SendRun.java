package pe.colca.invoicing.internal;

/**
 * What one pass of the sender did: documents SUNAT accepted (with or without observations), rejected,
 * scheduled for another try, left to a person, and skipped (not due, taken by another sender, or
 * already answered — a redelivered nudge).
 */
public record SendRun(int accepted, int observed, int rejected, int retrying, int attention, int skipped) {

    /** Documents the pass changed. */
    public int handled() {
        return accepted + observed + rejected + retrying + attention;
    }

    static final class Counter {
        private int accepted;
        private int observed;
        private int rejected;
        private int retrying;
        private int attention;
        private int skipped;

        void add(DocumentSender.Outcome outcome) {
            switch (outcome) {
                case ACCEPTED -> accepted++;
                case OBSERVED -> observed++;
                case REJECTED -> rejected++;
                case RETRYING -> retrying++;
                case ATTENTION -> attention++;
                default -> skipped++;
            }
        }

        SendRun run() {
            return new SendRun(accepted, observed, rejected, retrying, attention, skipped);
        }
    }
}

package pe.colca.invoicing.internal.gateway;

import java.util.List;

/**
 * What a CDR (SUNAT's ApplicationResponse) says about one document.
 *
 * @param referenceId  the document it answers, e.g. {@code F001-22}
 * @param responseCode SUNAT's code ({@code 0} accepted; 2000–3999 rejected; ≥ 4000 observation)
 * @param description  SUNAT's sentence, e.g. "La Factura numero F001-22, ha sido aceptada"
 * @param notes        the observations ({@code cbc:Note}), e.g. "4252 - El dato ingresado…"
 */
public record CdrAnswer(String referenceId, int responseCode, String description, List<String> notes) {

    public CdrAnswer {
        notes = List.copyOf(notes);
    }

    /** How Colca files the answer (docs/sunat.md §7). */
    public Outcome outcome() {
        if (responseCode == 0) {
            return notes.isEmpty() ? Outcome.ACCEPTED : Outcome.OBSERVED;
        }
        if (responseCode >= 4000) {
            return Outcome.OBSERVED;
        }
        if (responseCode >= 2000) {
            return Outcome.REJECTED;
        }
        return Outcome.EXCEPTION;
    }

    /** The four ways a CDR ends a sending. */
    public enum Outcome {
        /** Code 0 without observations. */
        ACCEPTED,
        /** Accepted with 4xxx observations: valid, to be corrected in later documents. */
        OBSERVED,
        /** 2000–3999: the number is burnt; the order needs a new document. */
        REJECTED,
        /** 0100–1999: not stored by SUNAT; fix and send the same number again. */
        EXCEPTION
    }
}

package pe.colca.invoicing;

import java.time.Instant;
import java.util.List;

/**
 * One electronic document with its status timeline and the documents around it: the rejected one it
 * re-issues, the one that re-issued it, the one a note modifies.
 *
 * @param document    the document
 * @param locationId  the store of its series (null: a series bound to no store)
 * @param events      the timeline, oldest first
 * @param replaces    the rejected document this one re-issues, or null
 * @param replacedBy  the document that re-issued this one (after its rejection), or null
 * @param referenced  the document a note modifies, or null
 */
public record DocumentDetail(ElectronicDocument document, Integer locationId, List<TimelineStep> events,
                             Related replaces, Related replacedBy, Related referenced) {

    public DocumentDetail {
        events = List.copyOf(events);
    }

    /** Another document, by id and number. */
    public record Related(long id, String number, SunatStatus status) {
    }

    /**
     * One step of the timeline.
     *
     * @param code     SUNAT's code, or null
     * @param actorId  who acted, null for the system
     * @param actorName his name, or null
     */
    public record TimelineStep(Instant occurredAt, SunatStatus status, String code, String message, Long actorId,
                               String actorName) {
    }
}

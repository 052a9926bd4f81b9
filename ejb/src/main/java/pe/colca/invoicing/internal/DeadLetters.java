package pe.colca.invoicing.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.util.List;

/**
 * Parks a document the sender gave up on in {@code sunat.outbound.dlq} ({@code {"documentIds":[id]}}, the
 * nudge's shape), after the transaction that flagged it {@code needs_attention} committed: the dead-letter
 * queue is where operations look for what could not be delivered, next to the nudges the broker itself
 * moved there after its redeliveries (a database outage). The row stays the truth: the documents console
 * lists the attention queue from the database, and a lost DLQ message loses nothing.
 */
@Stateless
@PermitAll
public class DeadLetters {

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/sunat.outbound.dlq")
    private Queue deadLetters;

    /** @return whether the broker took the message */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean park(long documentId) {
        return DocumentNudge.MESSAGE.send(connectionFactory, deadLetters, List.of(documentId));
    }
}

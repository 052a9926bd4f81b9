package pe.colca.invoicing.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.util.List;
import pe.colca.common.IdsNudge;

/**
 * Tells {@code sunat.outbound} that documents were committed {@code PENDING}:
 * {@code {"documentIds":[..]}} (see {@link IdsNudge}), sent after the sale's commit outside any
 * transaction on the plain in-VM connection factory. Only a nudge: when the broker refuses, one WARN
 * line is logged and nothing is thrown, because the pending rows are committed and the sender's sweep
 * finds them.
 */
@Stateless
@PermitAll
public class DocumentNudge {

    /** JSON member and message property of the nudge. */
    public static final IdsNudge MESSAGE = new IdsNudge("documentIds");

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/sunat.outbound")
    private Queue outbound;

    /** @return whether the broker took the nudge */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean send(List<Long> documentIds) {
        return MESSAGE.send(connectionFactory, outbound, documentIds);
    }
}

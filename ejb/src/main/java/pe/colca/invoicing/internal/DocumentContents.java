package pe.colca.invoicing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import pe.colca.common.RuleViolated;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyEstablishment;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.sunat.UblDocument;
import pe.colca.sales.ReturnContents;
import pe.colca.sales.SaleContent;
import pe.colca.sales.SaleContents;

/**
 * What an electronic document says, as a {@link UblDocument}: the company as issuer (with the SUNAT
 * establishment code of the store that sold, {@code 0000} when none is set), the sale's content from the
 * sales area ({@link SaleContents#ofOrder}) for a factura or boleta, and for a note (07/08) the document
 * it modifies ({@code referenced_document_id}), its catalog 09/10 reason and the content of the return
 * ({@link ReturnContents#ofReturn}) — or of the whole sale when the note names no return (an annulment).
 * The date is the row's issue date; the time, the moment the row was written (America/Lima), so a
 * document built again for a resend says the same. Joins the sender's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DocumentContents {

    static final ZoneId LIMA = ZoneId.of("America/Lima");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SaleContents sales;

    /** The returns area's port; looked up, not injected, so invoicing deploys before returns exist. */
    @Inject
    private Instance<ReturnContents> returns;

    /** The document to write for {@code doc}, issued by {@code company}. */
    public UblDocument of(ElectronicDocument doc, Company company) {
        DocumentType type = doc.getDocumentType();
        UblDocument.NoteReference note = null;
        SaleContent content;
        if (type == DocumentType.NOTA_CREDITO || type == DocumentType.NOTA_DEBITO) {
            note = noteReference(doc);
            content = doc.getReturnId() != null ? returnContent(doc.getReturnId()) : sales.ofOrder(requireOrder(doc));
        } else {
            content = sales.ofOrder(requireOrder(doc));
        }
        SaleContent.Buyer b = content.buyer();
        List<UblDocument.Item> items = content.items().stream()
                .map(i -> new UblDocument.Item(i.description(), i.code(), i.unitCode()))
                .toList();
        return new UblDocument(type, doc.getSeries(), doc.getCorrelativeNumber(), doc.getIssueDate(),
                LocalTime.ofInstant(doc.getCreatedAt(), LIMA).withNano(0), doc.getCurrency(), null,
                issuer(company, content.locationId()),
                new UblDocument.Customer(b.documentType(), b.documentNumber(), b.name()), items, content.totals(),
                type == DocumentType.FACTURA ? UblDocument.PaymentTerms.cash() : null, note);
    }

    private UblDocument.Issuer issuer(Company company, int locationId) {
        String establishment = em.createQuery("SELECT e FROM CompanyEstablishment e"
                        + " WHERE e.companyId = :company AND e.locationId = :location", CompanyEstablishment.class)
                .setParameter("company", company.getId()).setParameter("location", locationId)
                .getResultStream().map(CompanyEstablishment::getCode).findFirst().orElse(null);
        return new UblDocument.Issuer(company.getRuc(), company.getRazonSocial(), company.getTradeName(), establishment,
                new UblDocument.Address(company.getUbigeo(), null, null, null, company.getAddress()));
    }

    private UblDocument.NoteReference noteReference(ElectronicDocument note) {
        ElectronicDocument referenced = note.getReferencedDocumentId() == null ? null
                : em.find(ElectronicDocument.class, note.getReferencedDocumentId());
        if (referenced == null) {
            throw new RuleViolated("note-reference-missing", "invoicing.send.noteReference", note.number());
        }
        return new UblDocument.NoteReference(note.getNoteReasonCode(), note.getNoteReason(), referenced.number(),
                referenced.getDocumentType());
    }

    private SaleContent returnContent(long returnId) {
        if (returns.isUnsatisfied()) {
            throw new RuleViolated("return-contents-missing", "invoicing.send.returnContents", returnId);
        }
        return returns.get().ofReturn(returnId);
    }

    private static long requireOrder(ElectronicDocument doc) {
        if (doc.getOrderId() == null) {
            throw new RuleViolated("document-without-order", "invoicing.send.noOrder", doc.number());
        }
        return doc.getOrderId();
    }
}

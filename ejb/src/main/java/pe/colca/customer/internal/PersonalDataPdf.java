package pe.colca.customer.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import pe.colca.customer.LoyaltyMovementView;
import pe.colca.customer.PersonalDataExport;
import pe.colca.customer.WalletTransactionView;
import pe.colca.notification.CustomerNotifications.CustomerNotification;
import pe.colca.sales.CustomerOrders.CustomerOrder;

/**
 * The personal-data export as a PDF (OpenPDF), Spanish labels: one section per part of
 * {@link PersonalDataExport}, tables for the lists. Amounts {@code S/ 1,234.50}, times in America/Lima.
 * Helvetica (WinAnsi) covers Spanish letters, so no font file is shipped.
 */
final class PersonalDataPdf {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(LIMA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final String NONE = "—";

    private PersonalDataPdf() {
    }

    static byte[] render(PersonalDataExport e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 42, 42);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Datos personales de " + e.customer().fullName());
            doc.addCreator("Colca");
            doc.open();
            doc.add(new Paragraph("Datos personales del cliente", TITLE));
            doc.add(new Paragraph("Ley N.° 29733, Ley de Protección de Datos Personales — generado el "
                    + time(e.generatedAt()), TEXT));
            subject(doc, e.customer());
            addresses(doc, e.addresses());
            loyalty(doc, e.loyalty());
            wallet(doc, e.wallet());
            orders(doc, e.orders());
            notifications(doc, e.notifications());
            requests(doc, e.privacyRequests());
        } catch (DocumentException ex) {
            throw new IllegalStateException("PDF of customer " + e.customer().id() + " could not be written", ex);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void subject(Document doc, PersonalDataExport.Subject c) throws DocumentException {
        section(doc, "Datos del cliente");
        PdfPTable t = new PdfPTable(new float[] {1, 2});
        t.setWidthPercentage(100);
        pair(t, "Nombre o razón social", c.fullName());
        pair(t, "Documento", c.docType() + " " + c.docNumber());
        pair(t, "Correo electrónico", c.email());
        pair(t, "Teléfono", c.phone());
        pair(t, "Fecha de nacimiento", date(c.birthDate()));
        pair(t, "Género", c.gender() == null ? null : c.gender().name());
        pair(t, "Segmento", c.segment() == null ? null : c.segment().name());
        pair(t, "Activo", c.active() ? "Sí" : "No");
        pair(t, "Registrado el", time(c.createdAt()));
        PersonalDataExport.Consent consent = c.marketingConsent();
        pair(t, "Consentimiento de publicidad", consent.given() ? "Sí" : "No");
        pair(t, "Canal del consentimiento", consent.channel() == null ? null : consent.channel().name());
        pair(t, "Consentimiento registrado el", time(consent.recordedAt()));
        pair(t, "Registrado por (usuario)", consent.recordedBy() == null ? null : String.valueOf(consent.recordedBy()));
        doc.add(t);
    }

    private static void addresses(Document doc, List<PersonalDataExport.Address> list) throws DocumentException {
        section(doc, "Direcciones (" + list.size() + ")");
        PdfPTable t = table(doc, list.isEmpty(), "Etiqueta", "Dirección", "Distrito", "Ciudad", "Referencia", "Principal");
        if (t == null) {
            return;
        }
        for (PersonalDataExport.Address a : list) {
            cells(t, a.label(), a.addressLine(), a.district(), a.city(), a.reference(), a.defaultAddress() ? "Sí" : "No");
        }
        doc.add(t);
    }

    private static void loyalty(Document doc, PersonalDataExport.Loyalty l) throws DocumentException {
        section(doc, "Puntos de fidelidad");
        doc.add(new Paragraph("Saldo: " + l.pointsBalance() + " puntos · Puntos históricos: " + l.lifetimePoints(), TEXT));
        PdfPTable t = table(doc, l.movements().isEmpty(), "Fecha", "Tipo", "Puntos", "Pedido", "Motivo");
        if (t == null) {
            return;
        }
        for (LoyaltyMovementView m : l.movements()) {
            cells(t, time(m.createdAt()), m.type().name(), String.valueOf(m.points()),
                    m.orderId() == null ? null : String.valueOf(m.orderId()), m.reason());
        }
        doc.add(t);
    }

    private static void wallet(Document doc, PersonalDataExport.Wallet w) throws DocumentException {
        section(doc, "Monedero");
        doc.add(new Paragraph("Saldo: " + money(w.balance()), TEXT));
        PdfPTable t = table(doc, w.transactions().isEmpty(), "Fecha", "Tipo", "Importe", "Referencia", "Motivo");
        if (t == null) {
            return;
        }
        for (WalletTransactionView x : w.transactions()) {
            cells(t, time(x.createdAt()), x.type().name(), money(x.amount()), x.reference(), x.reason());
        }
        doc.add(t);
    }

    private static void orders(Document doc, List<CustomerOrder> list) throws DocumentException {
        section(doc, "Pedidos (" + list.size() + ")");
        PdfPTable t = table(doc, list.isEmpty(), "Número", "Fecha", "Tienda", "Estado", "Pago", "Total");
        if (t != null) {
            t.setWidths(new float[] {3.4f, 2.2f, 2.6f, 1.8f, 1.8f, 1.8f}); // the order number on one line
        }
        if (t == null) {
            return;
        }
        for (CustomerOrder o : list) {
            cells(t, o.orderNumber(), time(o.createdAt()), o.storeName(), o.status().name(), o.paymentStatus().name(),
                    money(o.grandTotal()));
        }
        doc.add(t);
    }

    private static void notifications(Document doc, List<CustomerNotification> list) throws DocumentException {
        section(doc, "Notificaciones (" + list.size() + ")");
        PdfPTable t = table(doc, list.isEmpty(), "Fecha", "Tipo", "Canal", "Estado", "Enviada");
        if (t == null) {
            return;
        }
        for (CustomerNotification n : list) {
            cells(t, time(n.createdAt()), n.notificationType(), n.channel().name(), n.status().name(), time(n.sentAt()));
        }
        doc.add(t);
    }

    private static void requests(Document doc, List<PersonalDataExport.PrivacyRequest> list) throws DocumentException {
        section(doc, "Solicitudes de datos personales (" + list.size() + ")");
        PdfPTable t = table(doc, list.isEmpty(), "Fecha", "Tipo", "Formato", "Motivo");
        if (t == null) {
            return;
        }
        for (PersonalDataExport.PrivacyRequest r : list) {
            cells(t, time(r.requestedAt()), r.kind() == null ? null : switch (r.kind()) {
                case EXPORT -> "Exportación";
                case ANONYMISATION -> "Anonimización";
            }, r.format(), r.reason());
        }
        doc.add(t);
    }

    private static void section(Document doc, String title) throws DocumentException {
        Paragraph p = new Paragraph(title, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    /** A table with its header row, or null (and "Sin registros.") when there is nothing to list. */
    private static PdfPTable table(Document doc, boolean empty, String... headers) throws DocumentException {
        if (empty) {
            doc.add(new Paragraph("Sin registros.", TEXT));
            return null;
        }
        PdfPTable t = new PdfPTable(headers.length);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, LABEL));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.addCell(cell);
        }
        return t;
    }

    private static void pair(PdfPTable t, String label, String value) {
        t.addCell(new PdfPCell(new Phrase(label, LABEL)));
        t.addCell(new PdfPCell(new Phrase(value == null || value.isBlank() ? NONE : value, TEXT)));
    }

    private static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(new PdfPCell(new Phrase(v == null || v.isBlank() ? NONE : v, TEXT)));
        }
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at);
    }

    private static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    /** {@code S/ 1,234.50} (a negative amount {@code -S/ 12.00}). */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return (amount.signum() < 0 ? "-" : "") + "S/ " + f.format(amount.abs());
    }
}

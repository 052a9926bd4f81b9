package pe.colca.invoicing.print;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import pe.colca.invoicing.print.PrintedDocument.Installment;
import pe.colca.invoicing.print.PrintedDocument.Line;
import pe.colca.invoicing.print.PrintedDocument.Party;
import pe.colca.invoicing.print.PrintedDocument.Subtotal;

/**
 * The printed copy of an electronic document (representación impresa, sunat.md §8) as a PDF with
 * OpenPDF: an A4 page for the office and e-mail, or an 80 mm ticket for the POS printer. Both carry
 * the same legal content: issuer RUC, name and address; title and SERIE-NUMERO; date; customer; lines;
 * totals by affectation, IGV and total; forma de pago and cuotas; the document a note modifies; the
 * amount in words; "Resumen" (the hash); the QR; and the legend. Helvetica (WinAnsi) covers Spanish.
 */
public final class DocumentPdf {

    /** 80 mm in points. */
    static final float TICKET_WIDTH = 80f / 25.4f * 72f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CONSULT = "Consulte su documento en www.sunat.gob.pe";

    private final Font title;
    private final Font bold;
    private final Font text;
    private final Font small;
    private final PrintFormat format;

    private DocumentPdf(PrintFormat format) {
        this.format = format;
        boolean ticket = format == PrintFormat.TICKET;
        this.title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, ticket ? 9 : 13);
        this.bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, ticket ? 7.5f : 9);
        this.text = FontFactory.getFont(FontFactory.HELVETICA, ticket ? 7.5f : 9);
        this.small = FontFactory.getFont(FontFactory.HELVETICA, ticket ? 6.5f : 7.5f);
    }

    /** The PDF of {@code doc} in {@code format}. */
    public static byte[] render(PrintedDocument doc, PrintFormat format) {
        return new DocumentPdf(format).write(doc);
    }

    private byte[] write(PrintedDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        boolean ticket = format == PrintFormat.TICKET;
        Rectangle page = ticket ? new Rectangle(TICKET_WIDTH, ticketHeight(d)) : PageSize.A4;
        Document pdf = ticket ? new Document(page, 8, 8, 10, 10) : new Document(page, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            pdf.addTitle(d.title() + " " + d.fullNumber());
            pdf.addCreator("Colca");
            pdf.open();
            if (ticket) {
                ticket(pdf, writer, d);
            } else {
                a4(pdf, writer, d);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the printed copy of " + d.fullNumber() + " could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    // ---- A4 ---------------------------------------------------------------------------------------

    private void a4(Document pdf, PdfWriter writer, PrintedDocument d) throws DocumentException {
        PdfPTable head = new PdfPTable(new float[] {3, 2});
        head.setWidthPercentage(100);
        PdfPCell issuer = new PdfPCell();
        issuer.setBorder(Rectangle.NO_BORDER);
        Party i = d.issuer();
        issuer.addElement(new Paragraph(i.tradeName() != null ? i.tradeName() : i.name(), title));
        if (i.tradeName() != null) {
            issuer.addElement(new Paragraph(i.name(), bold));
        }
        if (i.address() != null) {
            issuer.addElement(new Paragraph(i.address(), text));
        }
        head.addCell(issuer);
        PdfPCell box = new PdfPCell();
        box.setBorderWidth(1.2f);
        box.setPadding(8);
        box.addElement(centered("R.U.C. N° " + i.documentNumber(), bold));
        box.addElement(centered(d.title(), title));
        box.addElement(centered(d.fullNumber(), title));
        head.addCell(box);
        pdf.add(head);
        pdf.add(spacer(8));

        PdfPTable info = new PdfPTable(new float[] {1.2f, 3, 1.2f, 1.6f});
        info.setWidthPercentage(100);
        Party c = d.customer();
        pair(info, "Fecha de emisión", DATE.format(d.issueDate()) + (d.issueTime() != null ? " " + d.issueTime() : ""));
        pair(info, "Moneda", currencyName(d.currency()));
        pair(info, "Cliente", c.name());
        pair(info, documentLabel(c.documentType()), c.documentNumber());
        if (c.address() != null) {
            pair(info, "Dirección", c.address());
            pair(info, "", "");
        }
        if (d.paymentTerms() != null) {
            pair(info, "Forma de pago", d.paymentTerms().credit() ? "Crédito" : "Contado");
            pair(info, "", "");
        }
        pdf.add(info);
        reference(pdf, d);
        pdf.add(spacer(8));

        PdfPTable lines = new PdfPTable(new float[] {0.9f, 0.8f, 1.3f, 4.5f, 1.2f, 1.2f, 1.3f});
        lines.setWidthPercentage(100);
        lines.setHeaderRows(1);
        for (String h : new String[] {"Cant.", "Unidad", "Código", "Descripción", "V. unit.", "P. unit.", "Valor venta"}) {
            PdfPCell cell = new PdfPCell(new Phrase(h, bold));
            cell.setGrayFill(0.9f);
            lines.addCell(cell);
        }
        for (Line l : d.lines()) {
            lines.addCell(right(quantity(l.quantity())));
            lines.addCell(cell(l.unitCode()));
            lines.addCell(cell(l.code()));
            lines.addCell(cell(l.description()));
            lines.addCell(right(number(l.unitValue())));
            lines.addCell(right(number(l.unitPrice())));
            lines.addCell(right(number(l.value())));
        }
        pdf.add(lines);
        pdf.add(spacer(6));

        PdfPTable bottom = new PdfPTable(new float[] {3, 2});
        bottom.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.addElement(new Paragraph(d.amountInWords(), bold));
        installments(left, d);
        bottom.addCell(left);
        PdfPCell totals = new PdfPCell(totals(d));
        totals.setBorder(Rectangle.NO_BORDER);
        bottom.addCell(totals);
        pdf.add(bottom);
        pdf.add(spacer(10));

        PdfPTable foot = new PdfPTable(new float[] {1, 4});
        foot.setWidthPercentage(100);
        PdfPCell qr = new PdfPCell(qr(writer, d, 96), false);
        qr.setBorder(Rectangle.NO_BORDER);
        foot.addCell(qr);
        PdfPCell legal = new PdfPCell();
        legal.setBorder(Rectangle.NO_BORDER);
        legal.addElement(new Paragraph(d.legend(), bold));
        legal.addElement(new Paragraph(CONSULT, text));
        if (d.hash() != null) {
            legal.addElement(new Paragraph("Resumen: " + d.hash(), text));
        }
        foot.addCell(legal);
        pdf.add(foot);
    }

    // ---- 80 mm ticket -----------------------------------------------------------------------------

    private void ticket(Document pdf, PdfWriter writer, PrintedDocument d) throws DocumentException {
        Party i = d.issuer();
        pdf.add(centered(i.tradeName() != null ? i.tradeName() : i.name(), title));
        if (i.tradeName() != null) {
            pdf.add(centered(i.name(), text));
        }
        pdf.add(centered("R.U.C. " + i.documentNumber(), bold));
        if (i.address() != null) {
            pdf.add(centered(i.address(), small));
        }
        pdf.add(spacer(4));
        pdf.add(centered(d.title(), bold));
        pdf.add(centered(d.fullNumber(), bold));
        pdf.add(spacer(4));
        Party c = d.customer();
        pdf.add(new Paragraph("Fecha de emisión: " + DATE.format(d.issueDate())
                + (d.issueTime() != null ? " " + d.issueTime() : ""), text));
        pdf.add(new Paragraph("Cliente: " + c.name(), text));
        pdf.add(new Paragraph(documentLabel(c.documentType()) + ": " + c.documentNumber(), text));
        pdf.add(new Paragraph("Moneda: " + currencyName(d.currency()), text));
        if (d.paymentTerms() != null) {
            pdf.add(new Paragraph("Forma de pago: " + (d.paymentTerms().credit() ? "Crédito" : "Contado"), text));
        }
        reference(pdf, d);
        pdf.add(spacer(4));
        PdfPTable lines = new PdfPTable(new float[] {1, 3.4f, 1.6f});
        lines.setWidthPercentage(100);
        lines.addCell(plain("Cant.", bold, Element.ALIGN_LEFT));
        lines.addCell(plain("Descripción", bold, Element.ALIGN_LEFT));
        lines.addCell(plain("Importe", bold, Element.ALIGN_RIGHT));
        for (Line l : d.lines()) {
            lines.addCell(plain(quantity(l.quantity()) + " " + l.unitCode(), text, Element.ALIGN_LEFT));
            lines.addCell(plain(l.description() + (l.code() != null ? " [" + l.code() + "]" : "")
                    + "\nP. unit. " + number(l.unitPrice()), text, Element.ALIGN_LEFT));
            lines.addCell(plain(number(l.value()), text, Element.ALIGN_RIGHT));
        }
        pdf.add(lines);
        pdf.add(spacer(4));
        pdf.add(totals(d));
        pdf.add(spacer(4));
        pdf.add(new Paragraph(d.amountInWords(), bold));
        PdfPCell cuotas = new PdfPCell();
        if (installments(cuotas, d)) {
            PdfPTable wrap = new PdfPTable(1);
            wrap.setWidthPercentage(100);
            cuotas.setBorder(Rectangle.NO_BORDER);
            wrap.addCell(cuotas);
            pdf.add(wrap);
        }
        pdf.add(spacer(6));
        Image qr = qr(writer, d, 110);
        qr.setAlignment(Element.ALIGN_CENTER);
        pdf.add(qr);
        if (d.hash() != null) {
            pdf.add(centered("Resumen: " + d.hash(), small));
        }
        pdf.add(centered(d.legend(), small));
        pdf.add(centered(CONSULT, small));
    }

    /** A page long enough for the content (the ticket printer cuts after it). */
    private static float ticketHeight(PrintedDocument d) {
        int installments = d.paymentTerms() == null ? 0 : d.paymentTerms().installments().size();
        return 470 + 30f * d.lines().size() + 12f * (d.subtotals().size() + installments)
                + (d.reference() != null ? 30 : 0);
    }

    // ---- shared parts -----------------------------------------------------------------------------

    private void reference(Document pdf, PrintedDocument d) throws DocumentException {
        PrintedDocument.NoteReference r = d.reference();
        if (r == null) {
            return;
        }
        pdf.add(new Paragraph("Documento que modifica: " + r.referencedId()
                + (r.referencedType() != null ? " (" + typeName(r.referencedType()) + ")" : ""), text));
        pdf.add(new Paragraph("Motivo: " + r.reasonCode() + " – " + r.reason(), text));
    }

    private PdfPTable totals(PrintedDocument d) {
        PdfPTable t = new PdfPTable(new float[] {3, 2});
        t.setWidthPercentage(100);
        for (Subtotal s : d.subtotals()) {
            if (!"1000".equals(s.schemeId()) || s.taxableAmount().signum() != 0 || d.igv().signum() != 0) {
                total(t, s.label(), s.taxableAmount(), d.currency(), text);
            }
        }
        total(t, "IGV", d.igv(), d.currency(), text);
        for (Subtotal s : d.subtotals()) {
            if ("7152".equals(s.schemeId()) || "2000".equals(s.schemeId())) {
                total(t, "7152".equals(s.schemeId()) ? "ICBPER" : "ISC", s.taxAmount(), d.currency(), text);
            }
        }
        total(t, "Importe total", d.payable(), d.currency(), bold);
        return t;
    }

    private void total(PdfPTable t, String label, BigDecimal amount, String currency, Font font) {
        t.addCell(plain(label, font, Element.ALIGN_RIGHT));
        t.addCell(plain(money(amount, currency), font, Element.ALIGN_RIGHT));
    }

    private boolean installments(PdfPCell cell, PrintedDocument d) {
        if (d.paymentTerms() == null || !d.paymentTerms().credit()) {
            return false;
        }
        if (d.paymentTerms().pending() != null) {
            cell.addElement(new Paragraph("Monto pendiente de pago: " + money(d.paymentTerms().pending(), d.currency()),
                    text));
        }
        for (Installment c : d.paymentTerms().installments()) {
            cell.addElement(new Paragraph(c.id() + ": " + money(c.amount(), d.currency())
                    + (c.dueDate() != null ? " vence " + DATE.format(c.dueDate()) : ""), text));
        }
        return true;
    }

    /** The QR drawn as squares in a template, {@code size} points wide. */
    private static Image qr(PdfWriter writer, PrintedDocument d, float size) throws DocumentException {
        BitMatrix m = QrCode.encode(d.qrText());
        float module = size / m.getWidth();
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate template = cb.createTemplate(size, size);
        template.setGrayFill(0f);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    template.rectangle(x * module, size - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        Image image = Image.getInstance(template);
        image.setAlt(d.qrText());
        return image;
    }

    private Paragraph centered(String s, Font font) {
        Paragraph p = new Paragraph(s, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ");
        p.setLeading(height);
        return p;
    }

    private void pair(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, bold));
        l.setBorder(Rectangle.NO_BORDER);
        t.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, text));
        v.setBorder(Rectangle.NO_BORDER);
        t.addCell(v);
    }

    private PdfPCell cell(String s) {
        return new PdfPCell(new Phrase(s == null ? "" : s, text));
    }

    private PdfPCell right(String s) {
        PdfPCell c = cell(s);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static PdfPCell plain(String s, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s == null ? "" : s, font));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPadding(1.5f);
        return c;
    }

    /** {@code S/ 1,234.50} (soles), {@code US$ 12.00}, otherwise the ISO code. */
    static String money(BigDecimal amount, String currency) {
        String symbol = switch (currency == null ? "PEN" : currency) {
            case "PEN" -> "S/";
            case "USD" -> "US$";
            default -> currency;
        };
        return symbol + " " + number(amount);
    }

    static String number(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setMaximumFractionDigits(amount.scale() > 2 ? Math.min(amount.stripTrailingZeros().scale(), 10) : 2);
        return f.format(amount);
    }

    private static String quantity(BigDecimal q) {
        BigDecimal v = q.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    private static String currencyName(String currency) {
        return switch (currency == null ? "PEN" : currency) {
            case "PEN" -> "Soles (PEN)";
            case "USD" -> "Dólares americanos (USD)";
            default -> currency;
        };
    }

    /** Catalog 06 as printed. */
    static String documentLabel(String code) {
        return switch (code == null ? "0" : code) {
            case "6" -> "RUC";
            case "1" -> "DNI";
            case "4" -> "Carné de extranjería";
            case "7" -> "Pasaporte";
            case "A" -> "Cédula diplomática";
            default -> "Documento";
        };
    }

    private static String typeName(String code) {
        return switch (code) {
            case "01" -> "Factura";
            case "03" -> "Boleta de venta";
            case "07" -> "Nota de crédito";
            case "08" -> "Nota de débito";
            default -> code;
        };
    }
}

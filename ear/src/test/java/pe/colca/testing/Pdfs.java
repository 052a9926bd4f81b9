package pe.colca.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a downloaded PDF back: its text (PDFBox) and the QR of its first page (rendered, decoded with ZXing). */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The text of the QR on the first page. A whole page is a busy picture (text, rules, the logo), so the
     * page is read at a few resolutions and with both of ZXing's binarizers until one finds the code.
     */
    public static String qr(byte[] pdf) throws IOException {
        Exception last = null;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            // no anti-aliasing: the QR's modules are drawn as vector squares, whose shared edges would
            // otherwise render as grey seams a reader may take for light modules (paper has none)
            renderer.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_OFF));
            for (int dpi : new int[] {200, 300, 150, 400}) {
                BufferedImage page = renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
                for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                        new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                    try {
                        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                    } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                        last = e;
                    }
                    try {
                        Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap,
                                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                        if (found.length > 0) {
                            return found[0].getText();
                        }
                    } catch (NotFoundException e) {
                        last = e;
                    }
                }
            }
        }
        throw new AssertionError("no readable QR on the first page: " + last, last);
    }
}

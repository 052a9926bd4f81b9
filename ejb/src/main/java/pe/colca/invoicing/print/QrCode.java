package pe.colca.invoicing.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The QR of a printed copy (sunat.md §8) as ZXing's module matrix, error correction Q (as Greenter
 * renders it), a quiet zone of two modules. The PDF draws the dark modules as squares, so no image
 * library (AWT) is needed on the server.
 */
public final class QrCode {

    private QrCode() {
    }

    /** The modules of the QR of {@code text}: {@code matrix.get(x, y)} is dark. */
    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the QR text cannot be encoded: " + e.getMessage(), e);
        }
    }
}

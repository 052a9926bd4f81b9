package pe.colca.api.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import pe.colca.catalog.ImageRefused;

/**
 * Reads an uploaded image (the raw request body) without ever holding more than the limit plus one
 * byte: a larger body is refused (413) as soon as it is known to be larger, by its Content-Length or
 * while reading.
 */
final class ImageUploads {

    private ImageUploads() {
    }

    static byte[] read(InputStream body, String contentLength, long maxBytes) {
        if (contentLength != null) {
            try {
                long declared = Long.parseLong(contentLength.strip());
                if (declared > maxBytes) {
                    throw ImageRefused.tooLarge(declared, maxBytes);
                }
            } catch (NumberFormatException e) {
                // the container checks the header; read and count instead
            }
        }
        if (body == null) {
            throw ImageRefused.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n; (n = body.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw ImageRefused.tooLarge(total, maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total == 0) {
            throw ImageRefused.empty();
        }
        return out.toByteArray();
    }
}

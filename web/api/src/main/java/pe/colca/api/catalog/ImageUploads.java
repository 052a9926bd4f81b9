package pe.colca.api.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import pe.colca.catalog.media.ImageRefused;

/**
 * Reads an uploaded image (the raw request body) without ever holding more than the limit plus one
 * byte: a larger body is refused (413) as soon as it is known to be larger, by its Content-Length or
 * while reading.
 */
final class ImageUploads {

    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private ImageUploads() {
    }

    static byte[] read(InputStream body, String contentLength, long maxBytes) {
        if (contentLength != null) {
            long declared = -1;
            try {
                declared = Long.parseLong(contentLength.strip());
            } catch (NumberFormatException e) {
                // the container checks the header; read and count instead
            }
            if (declared > maxBytes) {
                drain(body);
                throw ImageRefused.tooLarge(declared, maxBytes);
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
                    drain(body);
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

    /**
     * Reads and drops what is left of a refused body (up to {@value #DRAIN_LIMIT} bytes), so the client,
     * still sending, gets the 413 instead of a reset connection. Undertow's max-post-size bounds the rest.
     */
    private static void drain(InputStream body) {
        if (body == null) {
            return;
        }
        byte[] buffer = new byte[16384];
        long drained = 0;
        try {
            for (int n; drained < DRAIN_LIMIT && (n = body.read(buffer)) != -1; ) {
                drained += n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer anyway
        }
    }
}

package pe.colca.catalog.media;

import pe.colca.common.BusinessException;

/**
 * An uploaded image was refused before anything was stored: too large ({@code image-too-large}, HTTP
 * 413), not a JPEG, PNG, WebP or GIF by its first bytes ({@code unsupported-image-type}, HTTP 415), or
 * empty ({@code image-empty}, HTTP 400). {@link #httpStatus()} tells the API which status to answer.
 */
public class ImageRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    private ImageRefused(int httpStatus, String type, String messageKey, Object... args) {
        super(Kind.INVALID, type, messageKey, args);
        this.httpStatus = httpStatus;
    }

    /** The content is larger than {@code catalog.image.max_bytes}. */
    public static ImageRefused tooLarge(long size, long maxBytes) {
        return new ImageRefused(413, "image-too-large", "catalog.image.tooLarge", humanSize(size), humanSize(maxBytes));
    }

    /** The first bytes are not those of an accepted format. */
    public static ImageRefused unsupportedType() {
        return new ImageRefused(415, "unsupported-image-type", "catalog.image.unsupportedType");
    }

    public static ImageRefused empty() {
        return new ImageRefused(400, "image-empty", "catalog.image.empty");
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** 2 MB, 350 KB, 12 bytes: how the limit is shown to a user. */
    public static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + " B";
    }
}

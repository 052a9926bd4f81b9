package pe.colca.catalog.media;

import java.util.Locale;
import java.util.Optional;

/**
 * The image formats the catalog accepts, recognised by their first bytes (the "magic number"),
 * never by the file name or the declared content type: a text file renamed {@code .png} is refused.
 */
public enum ImageType {

    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png"),
    WEBP("webp", "image/webp"),
    GIF("gif", "image/gif");

    /** How many leading bytes {@link #sniff(byte[])} needs at most. */
    public static final int HEAD_BYTES = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String extension;
    private final String contentType;

    ImageType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file extension used on disk, without the dot ({@code jpg}, {@code png}, ...). */
    public String extension() {
        return extension;
    }

    /** The {@code Content-Type} the file is served with. */
    public String contentType() {
        return contentType;
    }

    /**
     * The format the content starts with: JPEG {@code FF D8 FF}, PNG {@code 89 'PNG' 0D 0A 1A 0A},
     * WebP {@code 'RIFF' <size> 'WEBP'}, GIF {@code 'GIF87a'}/{@code 'GIF89a'}; empty for anything else.
     */
    public static Optional<ImageType> sniff(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    /** The type stored under {@code extension} (case-insensitive; {@code jpeg} is JPEG too); empty if none. */
    public static Optional<ImageType> ofExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String e = extension.toLowerCase(Locale.ROOT);
        for (ImageType type : values()) {
            if (type.extension.equals(e)) {
                return Optional.of(type);
            }
        }
        return e.equals("jpeg") ? Optional.of(JPEG) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte... prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}

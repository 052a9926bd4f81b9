package pe.colca.catalog.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalog's image files on disk: one folder (system property {@code colca.media.dir}, default
 * {@code ${jboss.server.data.dir}/colca-media}), content-addressed names ({@code <sha-256>.<ext>}), so
 * a URL never changes content and may be cached for ever. The same bytes uploaded twice are one
 * file. A file is written to a temporary name and moved in place atomically: a reader never sees a
 * half-written image. Files are never rewritten nor deleted by the application (several rows may
 * share one; caches keep the URL).
 *
 * <p>The stored URL is {@code /media/<name>}, served by the console's {@code MediaServlet}.
 */
public final class MediaFiles {

    /** The property naming the folder. */
    public static final String DIR_PROPERTY = "colca.media.dir";
    /** What a stored URL starts with (the console serves it at the server root). */
    public static final String URL_PREFIX = "/media/";

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(jpg|png|webp|gif)");

    private MediaFiles() {
    }

    /** A stored file: its name and whether this call created it (false: the same bytes were there). */
    public record Stored(String name, ImageType type, boolean created) {

        public String url() {
            return URL_PREFIX + name;
        }
    }

    public static Path directory() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/colca-media";
        }
        return Path.of(dir);
    }

    /** Whether {@code name} is a name this class could have produced (no folders, no dots but the extension). */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The file for a name; empty for anything that is not a well-formed media name (no path traversal). */
    public static Optional<Path> resolve(String name) {
        return isValidName(name) ? Optional.of(directory().resolve(name)) : Optional.empty();
    }

    /** The media name of a stored URL ({@code /media/<name>}); empty for an outside URL. */
    public static Optional<String> nameOf(String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return Optional.empty();
        }
        String name = url.substring(URL_PREFIX.length());
        return isValidName(name) ? Optional.of(name) : Optional.empty();
    }

    /** The file name for content of a type: lower-case hex SHA-256 plus the extension. */
    public static String nameFor(byte[] content, ImageType type) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)) + "." + type.extension();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Writes the content (temp file, then an atomic move) unless the same file is already there. */
    public static Stored store(byte[] content, ImageType type) {
        String name = nameFor(content, type);
        Path dir = directory();
        Path target = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(target) && Files.size(target) == content.length) {
                return new Stored(name, type, false);
            }
            Path temp = Files.createTempFile(dir, ".upload-", ".part");
            try {
                Files.write(temp, content);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return new Stored(name, type, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target, e);
        }
    }
}

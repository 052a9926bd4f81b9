package pe.colca.invoicing.internal.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of electronic documents on disk and in SUNAT's naming: one folder (system property
 * {@code colca.invoicing.dir}, from {@code COLCA_INVOICING_DIR}, default
 * {@code ${jboss.server.data.dir}/colca-invoicing}), a sub-folder per issuer RUC, and per document its
 * signed XML ({@code RUC-TT-SERIE-NUMERO.xml}), the zip sent to SUNAT ({@code RUC-TT-SERIE-NUMERO.zip},
 * exactly one XML entry of the same base name: 0151/0158/0159/0161), SUNAT's CDR
 * ({@code R-RUC-TT-SERIE-NUMERO.zip}) and the printed copy ({@code …pdf}). Written to a temporary name
 * and moved in place atomically; never rewritten once a CDR is stored (a tax record). Names are
 * checked, so no path ever leaves the folder.
 */
public final class DocumentFiles {

    /** The property naming the folder. */
    public static final String DIR_PROPERTY = "colca.invoicing.dir";

    /** {@code RUC-TT-SERIE-NUMERO} of a document, or {@code RUC-RC|RA-YYYYMMDD-n} of a summary. */
    private static final Pattern BASE_NAME = Pattern.compile(
            "\\d{11}-(0[1378]-[A-Z0-9]{4}-[1-9]\\d{0,7}|R[AC]-\\d{8}-\\d{1,5})");

    /** The kinds of file of a document. */
    public enum Kind {
        XML("", ".xml"), ZIP("", ".zip"), CDR("R-", ".zip"), PDF("", ".pdf"),
        /** The 80 mm ticket of the printed copy (the POS printer). */
        TICKET("", "-ticket.pdf");

        private final String prefix;
        private final String suffix;

        Kind(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }

        public String fileName(String baseName) {
            return prefix + baseName + suffix;
        }
    }

    private DocumentFiles() {
    }

    public static Path directory() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/colca-invoicing";
        }
        return Path.of(dir);
    }

    /** SUNAT's base name of a document, e.g. {@code 20601122333-01-F001-123} (number without zeros). */
    public static String baseName(String ruc, String typeCode, String series, int number) {
        return requireBaseName(ruc + "-" + typeCode + "-" + series + "-" + number);
    }

    /** Whether {@code baseName} is one this class could have produced. */
    public static boolean isBaseName(String baseName) {
        return baseName != null && BASE_NAME.matcher(baseName).matches();
    }

    /** The zip SUNAT expects for a signed XML: exactly one entry, {@code <base name>.xml}. */
    public static byte[] zip(String baseName, byte[] signedXml) {
        requireBaseName(baseName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(signedXml.length / 3 + 256);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(Kind.XML.fileName(baseName)));
            out.write(signedXml);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Stores a file of a document (atomically) and returns its path. */
    public static Path store(String baseName, Kind kind, byte[] content) {
        Path file = path(baseName, kind);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".part-", ".tmp");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file, e);
        }
    }

    /** The stored file of a document, if there is one. */
    public static Optional<byte[]> read(String baseName, Kind kind) {
        Path file = path(baseName, kind);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path path(String baseName, Kind kind) {
        requireBaseName(baseName);
        return directory().resolve(baseName.substring(0, 11)).resolve(kind.fileName(baseName));
    }

    private static String requireBaseName(String baseName) {
        if (!isBaseName(baseName)) {
            throw new IllegalArgumentException("not a SUNAT file name: " + baseName);
        }
        return baseName;
    }
}

package pe.colca.sunatsim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The zips SUNAT exchanges: one XML named like the zip in, {@code R-<name>.zip} with the CDR out. */
final class ZipFiles {

    /** Larger XML entries are refused as corrupt (a zip bomb must not fill the heap). */
    private static final int MAX_ENTRY = 10 * 1024 * 1024;

    private ZipFiles() {
    }

    /**
     * The XML of a zip named {@code <base>.zip}, with SUNAT's checks: not empty (0155), readable (0156),
     * holds a document, not only folders (0157) and only one (0158), named {@code *.xml} (0159) like the zip (0161), not
     * empty (0160). Folder entries are skipped.
     */
    static byte[] singleXml(String base, byte[] zip) throws SunatFault {
        if (zip == null || zip.length == 0) {
            throw new SunatFault("0155");
        }
        List<String> names = new ArrayList<>();
        boolean folders = false;
        byte[] content = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    folders = true;
                    continue;
                }
                names.add(e.getName());
                byte[] bytes = read(in);
                if (names.size() == 1) {
                    content = bytes;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SunatFault("0156");
        }
        if (names.isEmpty()) {
            // bytes that are no zip read as an empty one: tell them apart by the signature
            throw new SunatFault(!isZip(zip) ? "0156" : folders ? "0157" : "0155");
        }
        if (names.size() > 1) {
            throw new SunatFault("0158");
        }
        String name = names.get(0);
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") || name.contains("/")) {
            throw new SunatFault("0159");
        }
        if (!name.equals(base + ".xml")) {
            throw new SunatFault("0161");
        }
        if (content.length == 0) {
            throw new SunatFault("0160");
        }
        return content;
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K';
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_ENTRY) {
                throw new IOException("entry too large");
            }
        }
        return out.toByteArray();
    }

    /** {@code R-<base>.zip} bytes: an empty {@code dummy/} folder first, as SUNAT does, then {@code R-<base>.xml}. */
    static byte[] cdr(String base, byte[] xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("dummy/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("R-" + base + ".xml"));
            zip.write(xml);
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}

package pe.colca.invoicing.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SUNAT's file names (0151/0158/0159/0161), the one-entry zip, and files that never leave their folder. */
class DocumentFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void useTemporaryFolder() {
        System.setProperty(DocumentFiles.DIR_PROPERTY, dir.toString());
    }

    @AfterEach
    void forgetFolder() {
        System.clearProperty(DocumentFiles.DIR_PROPERTY);
    }

    @Test
    @DisplayName("base names follow RUC-TT-SERIE-NUMERO, the number without leading zeros")
    void baseNames() {
        assertEquals("20601122333-01-F001-123", DocumentFiles.baseName("20601122333", "01", "F001", 123));
        assertTrue(DocumentFiles.isBaseName("20601122333-RC-20261204-1"));
        assertTrue(DocumentFiles.isBaseName("20601122333-RA-20261204-12"));
        assertFalse(DocumentFiles.isBaseName("20601122333-01-F001-0123"));
        assertFalse(DocumentFiles.isBaseName("../20601122333-01-F001-1"));
        assertThrows(IllegalArgumentException.class, () -> DocumentFiles.baseName("2060112233", "01", "F001", 1));
        assertEquals("R-20601122333-03-B001-9.zip", DocumentFiles.Kind.CDR.fileName("20601122333-03-B001-9"));
    }

    @Test
    @DisplayName("the zip holds exactly one XML named like the zip")
    void zipHasOneEntry() throws IOException {
        byte[] xml = "<Invoice/>".getBytes(StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(DocumentFiles.zip("20601122333-01-F001-1", xml)))) {
            ZipEntry entry = in.getNextEntry();
            assertEquals("20601122333-01-F001-1.xml", entry.getName());
            assertArrayEquals(xml, in.readAllBytes());
            assertEquals(null, in.getNextEntry());
        }
    }

    @Test
    @DisplayName("files are stored per RUC and read back; a missing one is empty")
    void storeAndRead() {
        byte[] cdr = {1, 2, 3};
        Path stored = DocumentFiles.store("20601122333-01-F001-1", DocumentFiles.Kind.CDR, cdr);
        assertEquals(dir.resolve("20601122333").resolve("R-20601122333-01-F001-1.zip"), stored);
        assertArrayEquals(cdr, DocumentFiles.read("20601122333-01-F001-1", DocumentFiles.Kind.CDR).orElseThrow());
        assertTrue(DocumentFiles.read("20601122333-01-F001-2", DocumentFiles.Kind.CDR).isEmpty());
        assertTrue(Files.isRegularFile(stored));
    }
}

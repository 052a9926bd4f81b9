package pe.colca.catalog.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content-addressed storage: same bytes, same name; names cannot escape the folder. */
class MediaFilesTest {

    @TempDir
    Path dir;

    private String previous;

    @BeforeEach
    void useTempDir() {
        previous = System.getProperty(MediaFiles.DIR_PROPERTY);
        System.setProperty(MediaFiles.DIR_PROPERTY, dir.resolve("media").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(MediaFiles.DIR_PROPERTY);
        } else {
            System.setProperty(MediaFiles.DIR_PROPERTY, previous);
        }
    }

    @Test
    void storesOnceUnderTheSha256OfTheContent() throws Exception {
        byte[] png = ImageTypeTest.encode("png");
        MediaFiles.Stored first = MediaFiles.store(png, ImageType.PNG);
        assertTrue(first.created());
        assertTrue(first.name().matches("[0-9a-f]{64}\\.png"), first.name());
        assertEquals("/media/" + first.name(), first.url());
        assertArrayEquals(png, Files.readAllBytes(dir.resolve("media").resolve(first.name())));

        MediaFiles.Stored again = MediaFiles.store(png, ImageType.PNG);
        assertFalse(again.created(), "the same bytes are one file");
        assertEquals(first.name(), again.name());
        try (var files = Files.list(dir.resolve("media"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void refusesNamesThatAreNotMediaNames() {
        String good = "a".repeat(64) + ".png";
        assertTrue(MediaFiles.resolve(good).isPresent());
        assertEquals(Optional.of(good), MediaFiles.nameOf("/media/" + good));
        for (String bad : new String[] {"../" + good, "..%2F" + good, "a".repeat(64) + ".PNG", "a".repeat(63) + ".png",
                "a".repeat(64) + ".svg", "/etc/passwd", "", "A".repeat(64) + ".png", good + "/x"}) {
            assertTrue(MediaFiles.resolve(bad).isEmpty(), bad);
        }
        assertTrue(MediaFiles.nameOf("https://cdn.example.com/x.png").isEmpty());
        assertTrue(MediaFiles.resolve(null).isEmpty());
    }
}

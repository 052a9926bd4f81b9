package pe.colca.catalog.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The format of an upload is what its first bytes say, never its name or declared type. */
class ImageTypeTest {

    @Test
    void recognisesRealImagesWrittenByImageIo() throws Exception {
        assertEquals(Optional.of(ImageType.PNG), ImageType.sniff(encode("png")));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.sniff(encode("jpg")));
        assertEquals(Optional.of(ImageType.GIF), ImageType.sniff(encode("gif")));
    }

    @Test
    void recognisesWebpByItsRiffHeader() {
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(ImageType.WEBP), ImageType.sniff(webp));
        byte[] wav = "RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(ImageType.sniff(wav).isEmpty(), "another RIFF file (WAV) is not an image");
    }

    @Test
    void refusesTextRenamedAsImageAndTruncatedHeaders() {
        assertTrue(ImageType.sniff("hello, I am not a PNG".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ImageType.sniff("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))
                .isEmpty(), "SVG (script-capable) is not accepted");
        assertTrue(ImageType.sniff(new byte[] {(byte) 0x89, 'P', 'N'}).isEmpty(), "a cut PNG signature");
        assertTrue(ImageType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}).isEmpty(), "a cut JPEG marker");
        assertTrue(ImageType.sniff(new byte[0]).isEmpty());
        assertTrue(ImageType.sniff(null).isEmpty());
    }

    @Test
    void extensionsAndContentTypes() {
        assertEquals(Optional.of(ImageType.JPEG), ImageType.ofExtension("JPEG"));
        assertEquals(Optional.of(ImageType.WEBP), ImageType.ofExtension("webp"));
        assertTrue(ImageType.ofExtension("exe").isEmpty());
        assertEquals("image/png", ImageType.PNG.contentType());
        assertEquals("jpg", ImageType.JPEG.extension());
    }

    static byte[] encode(String format) throws Exception {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 3, 0xC0FFEE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "ImageIO writes " + format);
        return out.toByteArray();
    }
}

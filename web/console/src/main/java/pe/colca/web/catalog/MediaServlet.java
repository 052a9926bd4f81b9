package pe.colca.web.catalog;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import pe.colca.catalog.media.ImageType;
import pe.colca.catalog.media.MediaFiles;

/**
 * Serves the catalog's images at {@code /media/<sha-256>.<ext>}: public (storefront images need no
 * login; web.xml leaves /media/* open), and cacheable for ever because a name is the hash of its
 * content ({@code Cache-Control: public, max-age=31536000, immutable}; the ETag is that hash, so
 * {@code If-None-Match} answers 304). Only names {@link MediaFiles} could have produced are looked
 * up: anything else, path traversal included, is a plain 404. {@code nosniff} keeps browsers from
 * reading an image as something else.
 */
@WebServlet(name = "MediaServlet", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String name = info == null || info.length() < 2 ? null : info.substring(1);
        Optional<Path> file = MediaFiles.resolve(name);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            notFound(response);
            return;
        }
        ImageType type = ImageType.ofExtension(name.substring(name.lastIndexOf('.') + 1)).orElseThrow();
        String etag = "\"" + name.substring(0, name.indexOf('.')) + "\"";
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file.get());
            size = Files.size(file.get());
        } catch (NoSuchFileException e) {
            notFound(response);
            return;
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified.toMillis());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (notModified(request, etag, modified.toMillis())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type.contentType());
        response.setContentLengthLong(size);
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file.get(), out);
        }
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
    static boolean notModified(HttpServletRequest request, String etag, long modifiedMillis) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.startsWith("W/")) {
                    c = c.substring(2);
                }
                if (c.equals("*") || c.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && modifiedMillis / 1000 <= since / 1000;
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        // a plain 404: no error page (those belong to the signed-in console), no hint about the disk
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("Not found\n");
    }
}

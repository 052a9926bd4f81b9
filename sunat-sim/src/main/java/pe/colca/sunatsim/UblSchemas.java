package pe.colca.sunatsim;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * XSD validation against the OASIS UBL 2.1 schemas shipped inside {@code com.helger.ubl:ph-ubl21}
 * ({@code external/schemas/ubl21/}). Includes are resolved inside the class path (never over the
 * network); each compiled schema is kept (a {@link Schema} is thread-safe).
 */
final class UblSchemas {

    private static final String ROOT = "external/schemas/ubl21/";
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    /** Schemas UBL imports by namespace only, in the {@code com.helger.xsd:ph-xsds-*} jars. */
    private static final Map<String, String> BY_NAMESPACE = Map.of(
            "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2", "schemas/CCTS_CCT_SchemaModule.xsd",
            "http://www.w3.org/2000/09/xmldsig#", "schemas/xmldsig-core-schema.xsd",
            "http://uri.etsi.org/01903/v1.3.2#", "schemas/XAdES01903v132-201601.xsd",
            "http://uri.etsi.org/01903/v1.4.1#", "schemas/XAdES01903v141-201601.xsd");

    private UblSchemas() {
    }

    /** Validates {@code doc} against {@code maindoc/UBL-<name>-2.1.xsd} ({@code Invoice}, {@code ApplicationResponse}, …). */
    static void validate(Document doc, String name) throws SAXException {
        Validator v = schema(name).newValidator();
        try {
            v.validate(new DOMSource(doc));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            String path = ROOT + "maindoc/UBL-" + n + "-2.1.xsd";
            URL url = loader().getResource(path);
            if (url == null) {
                throw new IllegalStateException(path + " is not on the class path (com.helger.ubl:ph-ubl21)");
            }
            try (InputStream in = url.openStream()) {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                f.setResourceResolver(new ClassPathResolver());
                StreamSource source = new StreamSource(in, "classpath:/" + path);
                return f.newSchema(source);
            } catch (Exception e) {
                throw new IllegalStateException("cannot compile " + path, e);
            }
        });
    }

    private static ClassLoader loader() {
        return UblSchemas.class.getClassLoader();
    }

    /** Resolves {@code ../common/UBL-…xsd} relative to {@code classpath:/…} system ids, and imports by namespace. */
    private static final class ClassPathResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            String resolved;
            if (namespaceURI != null && BY_NAMESPACE.containsKey(namespaceURI)) {
                resolved = BY_NAMESPACE.get(namespaceURI);
            } else if (systemId == null || baseURI == null || !baseURI.startsWith("classpath:/")) {
                return null;
            } else {
                resolved = URI.create(baseURI.replace("classpath:/", "classpath:///")).resolve(systemId).getPath().substring(1);
            }
            InputStream in = loader().getResourceAsStream(resolved);
            if (in == null) {
                throw new IllegalStateException("schema include not found on the class path: " + resolved);
            }
            return new Input(publicId, "classpath:/" + resolved, baseURI, in);
        }
    }

    private record Input(String publicId, String systemId, String baseURI, InputStream byteStream) implements LSInput {

        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return byteStream;
        }

        @Override
        public void setByteStream(InputStream in) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String id) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String id) {
        }

        @Override
        public String getBaseURI() {
            return baseURI;
        }

        @Override
        public void setBaseURI(String uri) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}

package pe.colca.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.ExternalDocumentation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.info.License;

/**
 * The last step of the OpenAPI document WildFly serves at {@code /openapi} (registered with
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}). WildFly's SmallRye
 * OpenAPI writes an empty {@code externalDocs: {}}, and an empty {@code license} and
 * {@code servers: []} where none is given; an empty external documentation or license is invalid
 * OpenAPI (its url, its name are required) and makes client generators refuse the document, so
 * empty ones are left out. The document is a contract: {@code OpenApiContractIT} validates it.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        ExternalDocumentation docs = openApi.getExternalDocs();
        if (docs != null && blank(docs.getUrl())) {
            openApi.setExternalDocs(null);
        }
        Info info = openApi.getInfo();
        License license = info == null ? null : info.getLicense();
        if (license != null && blank(license.getName())) {
            info.setLicense(null);
        }
        if (openApi.getServers() != null && openApi.getServers().isEmpty()) {
            openApi.setServers(null);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

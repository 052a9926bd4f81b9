package pe.colca.api.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.settings.SettingEntry;
import pe.colca.settings.SettingFilter;
import pe.colca.settings.SettingsService;

/**
 * {@code /api/v1/settings}: the system settings, read with {@code settings.view} and changed with
 * {@code settings.edit} (only the value; a setting's key, type and encryption come from the
 * migrations). ETag = version, {@code If-Match} required on PUT. Encrypted settings are write-only.
 */
@Path("/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "System settings (IGV rate, reservation TTL, price justification threshold, ...).")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SettingResource {

    static final Set<String> SORTABLE = Set.of("key", "dataType", "updatedAt");

    @EJB
    private SettingsService settings;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listSettings", summary = "List settings", description = "In key order, so the settings of a group (the key up to "
            + "its first dot) are together. Needs settings.view.")
    @APIResponse(responseCode = "200", description = "A page of settings; Link header with next/prev/first/last.",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SettingPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("settings.view")
    public Response list(
            @QueryParam("q") @Parameter(description = "Text in the key or the description (accent-insensitive).")
            String q,
            @QueryParam("group") @Parameter(description = "A group: catalog, inventory, security, tax, ...")
            String group,
            @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "key", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(settings.search(new SettingFilter(QueryValues.text(q), QueryValues.text(group)), page)
                .map(SettingView::of), uri);
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "getSetting", summary = "Get a setting", description = "Needs settings.view. Sends ETag (the version); "
            + "If-None-Match with the current ETag gives 304.")
    @APIResponse(responseCode = "200", description = "The setting.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SettingView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("settings.view")
    public Response get(@PathParam("key") String key,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SettingEntry entry = settings.get(key);
        return ETags.conditional(ifNoneMatch, entry.version(), () -> SettingView.of(entry));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSetting", summary = "Change a setting's value", description = "Needs settings.edit and If-Match with the "
            + "ETag read. The value must fit the data type (INTEGER 15, DECIMAL 0.18, BOOLEAN true, TIME 03:00, "
            + "JSON a document), else 400 on field value and nothing changes. Code reading the setting sees the "
            + "change at once on this server and within 5 seconds on the others.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettingInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag with the new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SettingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("settings.edit")
    public Response update(@PathParam("key") String key,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                   description = "ETag of the version read, e.g. \"3\".", example = "\"3\"")
                           String ifMatch,
                           JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> settings.update(key, version, SettingInput.read(body, request.getLocale())),
                SettingView::of, SettingEntry::version);
    }

    /** The schema of a page of settings, for the OpenAPI document only. */
    @Schema(name = "SettingPage", description = "One page of settings; the Link header has next/prev/first/last.")
    public record SettingPage(List<SettingView> items, long total, int offset, int limit) {
    }
}

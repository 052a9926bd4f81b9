package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.common.StaleVersion;
import pe.colca.customer.CustomerMergeService;
import pe.colca.customer.MergeField;
import pe.colca.customer.MergePreview;
import pe.colca.customer.MergeRequest;
import pe.colca.customer.MergeResult;
import pe.colca.customer.MergeSide;
import pe.colca.customer.MergeStrategy;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/customers/merge.xhtml?survivor=A&absorbed=B}: the two customers side by side, one radio
 * per field (whose value survives; the survivor's by default), the preview of the result (values, points, wallet,
 * addresses) refreshed on every choice, "Intercambiar" to keep the other one, and the merge with a reason after a
 * confirmation. The merge applies to the versions shown: a change made meanwhile is a conflict with a reload. After
 * it, the survivor's page opens (his Puntos and Monedero tabs show the merged balances).
 */
@Named
@ViewScoped
public class CustomerMergeScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "merge-messages";
    private static final Map<String, String> FIELDS = Map.of("reason", "merge-form:merge-reason");

    @Inject
    private CustomerMergeService merges;

    @Inject
    private LocaleBean localeBean;

    private Long survivorId;
    private Long absorbedId;
    private final Map<String, String> choices = new LinkedHashMap<>();
    private MergePreview preview;
    private String reason;
    private boolean conflict;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        survivorId = id(params.get("survivor"));
        absorbedId = id(params.get("absorbed"));
        resetChoices();
        refresh();
    }

    /** Recomputes the preview with the choices made (a radio changed, or after a conflict). */
    public void refresh() {
        conflict = false;
        if (survivorId == null || absorbedId == null) {
            preview = null;
            return;
        }
        try {
            preview = merges.preview(survivorId, absorbedId, strategy());
        } catch (RuntimeException e) {
            preview = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** The other customer survives: the ids swap and every field goes back to the (new) survivor's value. */
    public void swap() {
        Long s = survivorId;
        survivorId = absorbedId;
        absorbedId = s;
        resetChoices();
        refresh();
    }

    /** The "Fusionar" button: checks there is a reason before the confirmation opens. */
    public void confirm() {
        if (reason == null || reason.isBlank()) {
            String text = Texts.get("merge.reasonRequired");
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("merge-form:merge-reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        PrimeFaces.current().ajax().addCallbackParam("confirm", true);
    }

    public void merge() {
        if (preview == null) {
            return;
        }
        try {
            MergeResult result = merges.merge(new MergeRequest(survivorId, preview.survivor().version(), absorbedId,
                    preview.absorbed().version(), Map.copyOf(choices), reason));
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = Texts.get("merge.done", String.valueOf(result.absorbedId()), result.pointsMoved(),
                    result.walletMoved().toPlainString());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/backoffice/customers/customer.xhtml?id=" + result.survivorId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, localeBean.getLocale(), MESSAGES, FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    private void resetChoices() {
        choices.clear();
        for (MergeField f : MergeField.values()) {
            choices.put(f.key(), MergeSide.SURVIVOR.name());
        }
    }

    private MergeStrategy strategy() {
        Map<MergeField, MergeSide> parsed = new LinkedHashMap<>();
        choices.forEach((k, v) -> {
            MergeField f = MergeField.ofKey(k);
            if (f != null && v != null) {
                parsed.put(f, MergeSide.valueOf(v));
            }
        });
        return MergeStrategy.of(parsed);
    }

    private static Long id(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- properties ---------------------------------------------------------------------------

    public List<MergeField> getFields() {
        return List.of(MergeField.values());
    }

    /** The value of a field on one side ("—" when empty), for display. */
    public String survivorValue(MergeField field) {
        return display(preview == null ? null : preview.survivor().values().display(field));
    }

    public String absorbedValue(MergeField field) {
        return display(preview == null ? null : preview.absorbed().values().display(field));
    }

    public String resultValue(MergeField field) {
        return display(preview == null ? null : preview.result().display(field));
    }

    /** Whether both customers have the same value (the row is shown muted: nothing to choose). */
    public boolean same(MergeField field) {
        return preview != null && java.util.Objects.equals(preview.survivor().values().display(field),
                preview.absorbed().values().display(field));
    }

    private static String display(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public MergePreview getPreview() {
        return preview;
    }

    public Long getSurvivorId() {
        return survivorId;
    }

    public Long getAbsorbedId() {
        return absorbedId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConflict() {
        return conflict;
    }
}

package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import pe.colca.customer.CustomerMergeService;
import pe.colca.customer.MergeRecord;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;

/**
 * The "Historial de fusiones" tab of the customer page ({@code tabs/merges.xhtml}, customer from the view
 * parameter {@code id}): the customers merged into this one (and the one that absorbed him), newest first, with
 * the absorbed customer's document and name as they were, the fields taken from him, who, when and why.
 */
@Named
@ViewScoped
public class MergeHistoryTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerMergeService merges;

    @Inject
    private LocaleBean localeBean;

    private Long customerId;
    private List<MergeRecord> records = List.of();

    @PostConstruct
    void init() {
        customerId = CustomerIds.fromRequest();
        if (customerId == null) {
            return;
        }
        try {
            records = merges.history(customerId);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** The fields whose absorbed value survived, by their keys, comma-separated ("—" for none). */
    public String takenFromAbsorbed(MergeRecord record) {
        StringBuilder taken = new StringBuilder();
        for (Map.Entry<String, Object> e : record.strategy().entrySet()) {
            if ("ABSORBED".equals(String.valueOf(e.getValue()))) {
                taken.append(taken.length() == 0 ? "" : ", ").append(pe.colca.web.Texts.get("merge.field." + e.getKey()));
            }
        }
        return taken.length() == 0 ? "—" : taken.toString();
    }

    /** Whether the record is a merge into this customer (else: this customer was absorbed). */
    public boolean isInto(MergeRecord record) {
        return customerId != null && record.survivorId() == customerId;
    }

    public List<MergeRecord> getRecords() {
        return records;
    }
}

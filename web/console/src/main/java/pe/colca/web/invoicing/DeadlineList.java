package pe.colca.web.invoicing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import pe.colca.invoicing.Deadlines;
import pe.colca.invoicing.DocumentType;
import pe.colca.web.ServicePagedModel;

/**
 * Screen {@code /backoffice/invoicing/deadlines.xhtml} (Facturación → Plazos): documents and voidings that have
 * not reached SUNAT, the nearest deadline first, overdue ones in red; filters urgency (at risk by default, or
 * {@code ?show=}), kind, type and series; each row links to the document page. Through {@link Deadlines}.
 */
@Named
@ViewScoped
public class DeadlineList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Deadlines service;

    private Deadlines.Show show = Deadlines.Show.AT_RISK;
    private Deadlines.Kind kind;
    private DocumentType type;
    private String series;

    private final ServicePagedModel<Deadlines.Item> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(new Deadlines.Filter(show, kind, null, type, series), request),
            item -> item.kind() + "-" + item.documentId(), true);

    public void filter() {
        // the lazy model re-reads with the new filter when the table is updated
    }

    public LazyDataModel<Deadlines.Item> getRows() {
        return rows;
    }

    public Deadlines.Show[] getShows() {
        return Deadlines.Show.values();
    }

    public Deadlines.Kind[] getKinds() {
        return Deadlines.Kind.values();
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public Deadlines.Show getShow() {
        return show;
    }

    public void setShow(Deadlines.Show show) {
        this.show = show == null ? Deadlines.Show.AT_RISK : show;
    }

    public Deadlines.Kind getKind() {
        return kind;
    }

    public void setKind(Deadlines.Kind kind) {
        this.kind = kind;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series == null || series.isBlank() ? null : series.strip();
    }
}

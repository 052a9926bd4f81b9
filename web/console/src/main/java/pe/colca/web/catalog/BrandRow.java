package pe.colca.web.catalog;

import java.io.Serializable;
import pe.colca.catalog.Brand;

/** A brand as the list and its dialogs show it, with the version it was read at. */
public record BrandRow(int id, String name, String logoUrl, long version) implements Serializable {

    public static BrandRow of(Brand b) {
        return new BrandRow(b.getId(), b.getName(), b.getLogoUrl(), b.getVersion());
    }

    /** For EL ({@code row.id}): records have no bean getters. */
    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public long getVersion() {
        return version;
    }
}

package pe.colca.web.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import pe.colca.customer.AddressData;
import pe.colca.customer.CustomerAddress;

/** The address dialog's fields (and the row a list line shows). */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String label;
    private String addressLine;
    private String ubigeo;
    private String district;
    private String city;
    private String reference;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private boolean makeDefault;
    private String coordinates;

    public static AddressForm blank() {
        return new AddressForm();
    }

    public static AddressForm of(CustomerAddress a) {
        AddressForm f = new AddressForm();
        f.id = a.getId();
        f.label = a.getLabel();
        f.addressLine = a.getAddressLine();
        f.ubigeo = a.getUbigeo();
        f.district = a.getDistrict();
        f.city = a.getCity();
        f.reference = a.getReference();
        f.makeDefault = a.isDefaultAddress();
        f.coordinates = a.getGeoCoordinates();
        if (a.getGeoCoordinates() != null && a.getGeoCoordinates().contains(",")) {
            String[] parts = a.getGeoCoordinates().split(",", 2);
            f.latitude = new BigDecimal(parts[0]);
            f.longitude = new BigDecimal(parts[1]);
        }
        return f;
    }

    public AddressData toData() {
        return new AddressData(label, addressLine, ubigeo, district, city, reference, latitude, longitude, makeDefault);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getUbigeo() {
        return ubigeo;
    }

    public void setUbigeo(String ubigeo) {
        this.ubigeo = ubigeo;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }

    public String getCoordinates() {
        return coordinates;
    }
}

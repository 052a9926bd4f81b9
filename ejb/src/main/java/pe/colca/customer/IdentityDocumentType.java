package pe.colca.customer;

import java.util.regex.Pattern;

/** The identity document a customer is known by ({@code customers.doc_type}). */
public enum IdentityDocumentType {
    /** Documento Nacional de Identidad: 8 digits. */
    DNI("\\d{8}"),
    /** Registro Único de Contribuyentes: 11 digits. */
    RUC("\\d{11}"),
    /** Carné de extranjería: 4 to 20 upper-case letters or digits. */
    CE("[A-Z0-9]{4,20}"),
    /** Passport: 4 to 20 upper-case letters or digits. */
    PASSPORT("[A-Z0-9]{4,20}");

    private final Pattern format;

    IdentityDocumentType(String regex) {
        this.format = Pattern.compile(regex);
    }

    /** Whether {@code number} has the shape of this kind of document. */
    public boolean accepts(String number) {
        return number != null && format.matcher(number).matches();
    }
}

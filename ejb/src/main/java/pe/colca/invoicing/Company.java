package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A company that issues electronic documents: its RUC (11 digits, unique), razón social, the PKCS#12
 * certificate that signs its documents and its SUNAT SOL credentials. The SOL password is stored
 * encrypted; this entity only ever holds the ciphertext.
 */
@Entity
@Table(name = "companies")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "companies_seq")
    @SequenceGenerator(name = "companies_seq", sequenceName = "companies_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "ruc", length = 11, nullable = false, updatable = false)
    private String ruc;

    @Column(name = "raz_social", length = 200, nullable = false)
    private String razonSocial;

    @Column(name = "trade_name", length = 200)
    private String tradeName;

    @Column(name = "address", length = 255)
    private String address;

    @Column(name = "certificate_path", length = 1000)
    private String certificatePath;

    @Column(name = "sol_user", length = 60)
    private String solUser;

    /** Ciphertext of the SOL password. */
    @Column(name = "sol_pass", length = 500)
    private String solPass;

    protected Company() {
    }

    public Company(String ruc, String razonSocial) {
        if (ruc == null || !ruc.matches("\\d{11}")) {
            throw new IllegalArgumentException("a RUC has 11 digits: " + ruc);
        }
        this.ruc = ruc;
        rename(razonSocial, null);
    }

    public void rename(String razonSocial, String tradeName) {
        if (razonSocial == null || razonSocial.isBlank()) {
            throw new IllegalArgumentException("razonSocial is required");
        }
        this.razonSocial = razonSocial.strip();
        this.tradeName = tradeName;
    }

    public void moveTo(String address) {
        this.address = address;
    }

    /** Points at the PKCS#12 certificate that signs this company's documents. */
    public void useCertificate(String certificatePath) {
        this.certificatePath = certificatePath;
    }

    /** Sets the SOL user and the already encrypted SOL password. */
    public void changeSolCredentials(String solUser, String encryptedSolPass) {
        this.solUser = solUser;
        this.solPass = encryptedSolPass;
    }

    public Integer getId() {
        return id;
    }

    public String getRuc() {
        return ruc;
    }

    public String getRazonSocial() {
        return razonSocial;
    }

    public String getTradeName() {
        return tradeName;
    }

    public String getAddress() {
        return address;
    }

    public String getCertificatePath() {
        return certificatePath;
    }

    public String getSolUser() {
        return solUser;
    }

    /** The ciphertext; decrypt it only where SUNAT is called. */
    public String getSolPass() {
        return solPass;
    }
}

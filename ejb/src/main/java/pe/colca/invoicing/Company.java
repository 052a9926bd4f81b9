package pe.colca.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
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

    // V27: what the companies screen and API edit (docs/invoicing-companies.md)
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "ubigeo", length = 6)
    private String ubigeo;

    @Enumerated(EnumType.STRING)
    @Column(name = "sunat_endpoint", length = 30, nullable = false)
    private SunatEndpoint sunatEndpoint = SunatEndpoint.SIMULATOR;

    @Column(name = "simulator_url", length = 1000)
    private String simulatorUrl;

    /** Ciphertext of the PKCS#12 (base64 inside). */
    @Column(name = "certificate_data")
    private String certificateData;

    /** Ciphertext of the PKCS#12's password. */
    @Column(name = "certificate_password", length = 500)
    private String certificatePassword;

    @Column(name = "certificate_subject", length = 500)
    private String certificateSubject;

    @Column(name = "certificate_serial", length = 100)
    private String certificateSerial;

    @Column(name = "certificate_valid_from")
    private Instant certificateValidFrom;

    @Column(name = "certificate_valid_until")
    private Instant certificateValidUntil;

    /** The {@code certificateValidUntil} an expiry alert was sent for: one alert per certificate. */
    @Column(name = "certificate_alerted_for")
    private Instant certificateAlertedFor;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    /** V33: boletas and their notes by sendBill one by one, or in the resumen diario (RC). */
    @Enumerated(EnumType.STRING)
    @Column(name = "boleta_delivery", length = 10, nullable = false)
    private BoletaDelivery boletaDelivery = BoletaDelivery.BILL;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

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

    /** Everything the companies screen edits except the RUC (fixed) and the secrets. */
    public void describe(String razonSocial, String tradeName, String address, String ubigeo,
                         SunatEndpoint endpoint, String simulatorUrl, boolean active) {
        rename(razonSocial, tradeName);
        moveTo(address);
        this.ubigeo = ubigeo;
        this.sunatEndpoint = endpoint == null ? SunatEndpoint.SIMULATOR : endpoint;
        this.simulatorUrl = simulatorUrl;
        this.active = active;
    }

    /**
     * Installs a new signing certificate: the encrypted PKCS#12 and password, what it says of itself,
     * and the uploaded file's name; a new certificate gets its own expiry alert.
     */
    public void installCertificate(String fileName, String encryptedPkcs12, String encryptedPassword, String subject,
                                   String serial, Instant validFrom, Instant validUntil) {
        this.certificatePath = fileName;
        this.certificateData = encryptedPkcs12;
        this.certificatePassword = encryptedPassword;
        this.certificateSubject = subject;
        this.certificateSerial = serial;
        this.certificateValidFrom = validFrom;
        this.certificateValidUntil = validUntil;
        this.certificateAlertedFor = null;
    }

    /** Notes that the expiry of the current certificate was announced. */
    public void expiryAlerted() {
        this.certificateAlertedFor = certificateValidUntil;
    }

    public boolean expiryAlertPending() {
        return certificateValidUntil != null && !certificateValidUntil.equals(certificateAlertedFor);
    }

    public boolean hasCertificate() {
        return certificateData != null;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public long getVersion() {
        return version;
    }

    public String getUbigeo() {
        return ubigeo;
    }

    public SunatEndpoint getSunatEndpoint() {
        return sunatEndpoint;
    }

    public String getSimulatorUrl() {
        return simulatorUrl;
    }

    /** The ciphertext of the PKCS#12; read only where documents are signed. */
    public String getCertificateData() {
        return certificateData;
    }

    /** The ciphertext of the PKCS#12 password. */
    public String getCertificatePassword() {
        return certificatePassword;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public String getCertificateSerial() {
        return certificateSerial;
    }

    public Instant getCertificateValidFrom() {
        return certificateValidFrom;
    }

    public Instant getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
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

    /** How boletas and their notes reach SUNAT from now on (V33). */
    public void deliverBoletas(BoletaDelivery delivery) {
        this.boletaDelivery = delivery == null ? BoletaDelivery.BILL : delivery;
    }

    public BoletaDelivery getBoletaDelivery() {
        return boletaDelivery;
    }
}

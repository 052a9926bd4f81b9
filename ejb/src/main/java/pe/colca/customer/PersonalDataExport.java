package pe.colca.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pe.colca.notification.CustomerNotifications.CustomerNotification;
import pe.colca.sales.CustomerOrders.CustomerOrder;

/**
 * Everything Colca holds about one customer (Ley 29733, derecho de acceso): his data and consent, addresses,
 * the loyalty and wallet ledgers in full, his orders (from sales) and notifications (from the notification
 * area), and the personal-data requests he made. The API answers it as JSON; the PDF shows the same.
 */
public record PersonalDataExport(Instant generatedAt, Subject customer, List<Address> addresses, Loyalty loyalty,
                                 Wallet wallet, List<CustomerOrder> orders, List<CustomerNotification> notifications,
                                 List<PrivacyRequest> privacyRequests) implements Serializable {

    /** The customer's own data. */
    public record Subject(long id, IdentityDocumentType docType, String docNumber, String fullName, String email,
                          String phone, LocalDate birthDate, Gender gender, CustomerSegment segment, boolean active,
                          Instant createdAt, Consent marketingConsent) implements Serializable {
    }

    /** The marketing consent: given or not, through which channel, when and by which user it was recorded. */
    public record Consent(boolean given, ConsentChannel channel, Instant recordedAt, Long recordedBy)
            implements Serializable {
    }

    public record Address(long id, String label, String addressLine, String ubigeo, String district, String city,
                          String reference, String geoCoordinates, boolean defaultAddress) implements Serializable {
    }

    /** Points: balance, lifetime points and every movement (newest first). */
    public record Loyalty(int pointsBalance, int lifetimePoints, List<LoyaltyMovementView> movements)
            implements Serializable {
    }

    /** Store credit: balance (PEN) and every transaction (newest first). */
    public record Wallet(BigDecimal balance, List<WalletTransactionView> transactions) implements Serializable {
    }

    /** A personal-data request answered before this export (this export included). */
    public record PrivacyRequest(long id, PrivacyRequestKind kind, String format, String reason, Boolean documentKept,
                                 Long requestedBy, Instant requestedAt) implements Serializable {
    }
}

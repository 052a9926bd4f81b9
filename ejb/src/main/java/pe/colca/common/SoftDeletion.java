package pe.colca.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Soft delete columns ({@code deleted_at}, {@code deleted_by}, {@code deletion_reason}). Entities
 * embedding it carry {@code @SQLRestriction("deleted_at IS NULL")}, so deleted rows vanish from
 * normal queries and screens but stay readable to auditors (native queries).
 *
 * <p>Careful: when all three columns are null (every live row) Hibernate loads the embedded field as
 * {@code null}, whatever the field initializer says. Entities therefore read it null-safely
 * ({@code deletion != null && deletion.isDeleted()}) and create it on first use before
 * {@link #markDeleted}.
 */
@Embeddable
public class SoftDeletion {

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Column(name = "deletion_reason")
    private String deletionReason;

    public SoftDeletion() {
    }

    /** Marks the row deleted; a reason is always required. */
    public void markDeleted(Long by, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Messages.format(Messages.DEFAULT_LOCALE, "error.reasonRequired"));
        }
        if (deletedAt != null) {
            throw new IllegalStateException("already deleted");
        }
        this.deletedAt = at == null ? Instant.now() : at;
        this.deletedBy = by;
        this.deletionReason = reason.strip();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Long getDeletedBy() {
        return deletedBy;
    }

    public String getDeletionReason() {
        return deletionReason;
    }
}

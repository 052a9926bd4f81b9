package pe.colca.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A pre-computed report: unique per type, date and location ({@code locationId} null means the whole
 * chain). A batch job regenerates it with {@link #refresh}; readers treat it as stale after
 * {@code expiresAt}.
 */
@Entity
@Table(name = "materialized_reports")
public class MaterializedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "materialized_reports_seq")
    @SequenceGenerator(name = "materialized_reports_seq", sequenceName = "materialized_reports_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "report_type", length = 60, nullable = false, updatable = false)
    private String reportType;

    @Column(name = "report_date", nullable = false, updatable = false)
    private LocalDate reportDate;

    @Column(name = "location_id", updatable = false)
    private Long locationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "aggregated_data", nullable = false)
    private Map<String, Object> aggregatedData;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected MaterializedReport() {
    }

    public MaterializedReport(String reportType, LocalDate reportDate, Long locationId,
                              Map<String, Object> aggregatedData, Instant expiresAt) {
        if (reportType == null || reportType.isBlank()) {
            throw new IllegalArgumentException("reportType is required");
        }
        this.reportType = reportType.strip();
        this.reportDate = Objects.requireNonNull(reportDate, "reportDate");
        this.locationId = locationId;
        refresh(aggregatedData, expiresAt);
    }

    /** Replaces the data with a freshly computed one. */
    public void refresh(Map<String, Object> aggregatedData, Instant expiresAt) {
        this.aggregatedData = new LinkedHashMap<>(Objects.requireNonNull(aggregatedData, "aggregatedData"));
        this.generatedAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean isChainWide() {
        return locationId == null;
    }

    public Long getId() {
        return id;
    }

    public String getReportType() {
        return reportType;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public Long getLocationId() {
        return locationId;
    }

    public Map<String, Object> getAggregatedData() {
        return aggregatedData == null ? null : Collections.unmodifiableMap(aggregatedData);
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}

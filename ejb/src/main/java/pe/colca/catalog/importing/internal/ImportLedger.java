package pe.colca.catalog.importing.internal;

import static pe.colca.common.SqlValues.instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.importing.ImportError;
import pe.colca.catalog.importing.ImportSummary;
import pe.colca.security.AuditTrail;

/**
 * The rows of {@code catalog_imports} / {@code catalog_import_errors} (V5), in the caller's
 * transaction or a new one when the caller has none (start and restart run without one). Only the
 * import services use it; the permission checks are theirs.
 */
@Stateless
@PermitAll
public class ImportLedger {

    static final String IMPORT = "catalog.entity.import";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public long create(String fileName, int rowsTotal, Long startedBy) {
        long id = ((Number) em.createNativeQuery("SELECT nextval('catalog_imports_seq')").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO catalog_imports (id, file_name, stored_name, status, rows_total, started_by)"
                        + " VALUES (?1, ?2, ?3, 'STARTED', ?4, ?5)")
                .setParameter(1, id).setParameter(2, fileName).setParameter(3, id + ".csv")
                .setParameter(4, rowsTotal).setParameter(5, startedBy).executeUpdate();
        return id;
    }

    /** The audit row of a start or restart of import {@code id} by {@code by}, in this bean's transaction. */
    public void audited(String action, long id, Long by, Map<String, ?> values) {
        audit.recordAs(by, action, "catalog_imports", id, null, values);
    }

    public void running(long id, long jobExecutionId) {
        em.createNativeQuery("UPDATE catalog_imports SET status = 'STARTED', finished_at = NULL, job_execution_id = ?2"
                + " WHERE id = ?1").setParameter(1, id).setParameter(2, jobExecutionId).executeUpdate();
    }

    public void finished(long id, String status, Instant at) {
        em.createNativeQuery("UPDATE catalog_imports SET status = ?2, finished_at = ?3 WHERE id = ?1 AND status <> ?2")
                .setParameter(1, id).setParameter(2, status)
                .setParameter(3, at == null ? Timestamp.from(Instant.now()) : Timestamp.from(at)).executeUpdate();
    }

    public String storedName(long id) {
        List<?> rows = em.createNativeQuery("SELECT stored_name FROM catalog_imports WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new CatalogRecordNotFound(IMPORT, id);
        }
        return (String) rows.get(0);
    }

    public ImportSummary read(long id) {
        List<Tuple> rows = em.createNativeQuery("SELECT i.id, i.file_name, i.status, i.rows_total, i.last_row,"
                        + " i.job_execution_id, i.started_by, i.started_at, i.finished_at,"
                        + " (SELECT count(DISTINCT e.row_number) FROM catalog_import_errors e WHERE e.import_id = i.id)"
                        + "   AS failed,"
                        // a variant the import created has a first price row (no old price) pointing at it
                        + " (SELECT count(DISTINCT h.variant_id) FROM price_change_history h"
                        + "   WHERE h.reference_source = ?2 AND h.reference_id = CAST(i.id AS varchar)"
                        + "     AND h.old_price IS NULL) AS created"
                        + " FROM catalog_imports i WHERE i.id = ?1", Tuple.class)
                .setParameter(1, id).setParameter(2, DefaultCatalogImportSteps.SOURCE).getResultList();
        if (rows.isEmpty()) {
            throw new CatalogRecordNotFound(IMPORT, id);
        }
        Tuple r = rows.get(0);
        int read = r.get("last_row", Number.class).intValue();
        int failed = r.get("failed", Number.class).intValue();
        Number job = r.get("job_execution_id", Number.class);
        Number by = r.get("started_by", Number.class);
        return new ImportSummary(r.get("id", Number.class).longValue(), r.get("file_name", String.class),
                r.get("status", String.class), r.get("rows_total", Number.class).intValue(), read,
                Math.max(0, read - failed), failed, job == null ? null : job.longValue(),
                by == null ? null : by.longValue(), instant(r.get("started_at")), instant(r.get("finished_at")),
                r.get("created", Number.class).intValue());
    }

    /** Who started import {@code id} and the file's name, with one query. */
    public Origin origin(long id) {
        List<Tuple> rows = em.createNativeQuery("SELECT started_by AS starter, file_name AS fname"
                + " FROM catalog_imports WHERE id = ?1", Tuple.class)
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new CatalogRecordNotFound(IMPORT, id);
        }
        Number by = rows.get(0).get("starter", Number.class);
        return new Origin(by == null ? null : by.longValue(), rows.get(0).get("fname", String.class));
    }

    /** Who started an import (null: a deleted user) and the name of its file. */
    public record Origin(Long startedBy, String fileName) {
    }

    public Long startedBy(long id) {
        List<?> rows = em.createNativeQuery("SELECT started_by FROM catalog_imports WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
    }

    public String fileName(long id) {
        return (String) em.createNativeQuery("SELECT file_name FROM catalog_imports WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    public void recordErrors(long id, List<ImportError> errors, int rowsRead) {
        for (ImportError e : errors) {
            em.createNativeQuery("INSERT INTO catalog_import_errors (id, import_id, row_number, column_name, reason)"
                            + " VALUES (nextval('catalog_import_errors_seq'), ?1, ?2, ?3, ?4)"
                            + " ON CONFLICT (import_id, row_number, column_name) DO NOTHING")
                    .setParameter(1, id).setParameter(2, e.rowNumber()).setParameter(3, e.column())
                    .setParameter(4, e.reason().length() > 1000 ? e.reason().substring(0, 1000) : e.reason())
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE catalog_imports SET last_row = GREATEST(last_row, ?2) WHERE id = ?1")
                .setParameter(1, id).setParameter(2, rowsRead).executeUpdate();
    }

    public List<ImportError> errors(long id, int offset, int limit) {
        List<Tuple> rows = em.createNativeQuery("SELECT row_number, column_name, reason FROM catalog_import_errors"
                        + " WHERE import_id = ?1 ORDER BY row_number, column_name LIMIT ?2 OFFSET ?3", Tuple.class)
                .setParameter(1, id).setParameter(2, limit).setParameter(3, offset).getResultList();
        List<ImportError> errors = new ArrayList<>();
        for (Tuple r : rows) {
            errors.add(new ImportError(r.get("row_number", Number.class).intValue(), r.get("column_name", String.class),
                    r.get("reason", String.class)));
        }
        return errors;
    }

    /** Ids of the most recent imports, newest first. */
    public List<Long> recentIds(int offset, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id FROM catalog_imports ORDER BY started_at DESC, id DESC"
                + " LIMIT ?1 OFFSET ?2").setParameter(1, limit).setParameter(2, offset).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM catalog_imports").getSingleResult()).longValue();
    }

    public long errorCount(long id) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM catalog_import_errors WHERE import_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }

}

package pe.colca.catalog.importing.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.catalog.importing.CatalogCsv;
import pe.colca.catalog.importing.CatalogImportService;
import pe.colca.catalog.importing.ImportError;
import pe.colca.catalog.importing.ImportNotPermitted;
import pe.colca.catalog.importing.ImportRow;
import pe.colca.catalog.importing.ImportSummary;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.RuleViolated;
import pe.colca.security.Caller;

/**
 * Starts and follows {@code catalog-import} jobs. {@link #start} and {@link #restart} run without a
 * transaction ({@code NOT_SUPPORTED}): the import row commits (in the ledger's own transaction)
 * and the file is on disk before {@link JobOperator} starts the job (the job XML and its artifacts
 * live in the batch module; EAR modules see each other's job XML, WFLY-4988), so a job never runs for an
 * import that was rolled back, and the job's start is not undone by a later rollback either.
 *
 * <p>Starting needs, besides {@code catalog.import}, the permissions of what the file does
 * ({@link ImportPlanner}); the ones the starter holds go to the job's parameters ({@code grants}) and
 * every row is checked against them when written. A job that cannot be started leaves its import
 * FAILED: at once when {@link JobOperator#start} throws, and on the next read when the server went
 * down between the import row and the job ({@link #NEVER_STARTED}).
 */
@Stateless
@DeclareRoles({DefaultCatalogImportSteps.CREATE, DefaultCatalogImportSteps.EDIT, DefaultCatalogImportSteps.PRICE})
public class DefaultCatalogImportService implements CatalogImportService {

    private static final Logger LOG = Logger.getLogger(DefaultCatalogImportService.class.getName());

    /**
     * Rows per chunk (one transaction and checkpoint) when the caller gives none: the largest allowed.
     * A chunk's fixed cost (its look-ups, two commits, the checkpoint) is about a third of the time
     * at 500 rows (bench/catalog/import.sh, profiled); a restart re-reads at most this many rows.
     */
    static final int DEFAULT_CHUNK = 1000;

    /** An import still without a job execution this long after it was created never got its job. */
    static final Duration NEVER_STARTED = Duration.ofMinutes(5);

    /** The job parameter with the permission slugs the starter held (comma separated). */
    public static final String GRANTS = "grants";

    /** System property naming the folder of the uploaded files. */
    public static final String DIR_PROPERTY = "colca.import.dir";

    @EJB
    private ImportLedger ledger;

    @EJB
    private Caller caller;

    @EJB
    private ImportPlanner planner;

    @Resource
    private SessionContext context;

    @Inject
    private RequestMetadata request;

    /** The folder of the uploaded files: {@code colca.import.dir}, default {@code <data dir>/colca/imports}. */
    static Path importDir() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/colca/imports";
        }
        return Path.of(dir);
    }

    @Override
    @RolesAllowed("catalog.import")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportSummary start(String fileName, byte[] content, Integer chunkSize, Integer failAfterRow) {
        if (failAfterRow != null && !Boolean.parseBoolean(System.getProperty("colca.import.drills", "false"))) {
            // a restart drill makes a job fail on purpose: only servers that allow drills (tests) take it
            throw InvalidInput.of("failAfterRow", Messages.format(request.getLocale(), "catalog.import.drills.disabled"));
        }
        if (chunkSize != null && (chunkSize < 1 || chunkSize > 1000)) {
            throw InvalidInput.of("chunkSize", Messages.format(request.getLocale(), "catalog.import.chunkSize"));
        }
        if (fileName == null || fileName.isBlank()) {
            throw InvalidInput.of("fileName", Messages.format(request.getLocale(), "catalog.import.fileName.required"));
        }
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", Messages.format(request.getLocale(), "catalog.import.file.required"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("file", Messages.format(request.getLocale(), "catalog.import.file.encoding"));
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw InvalidInput.of("file", Messages.format(request.getLocale(), "catalog.import.file.required"));
        }
        CatalogCsv csv;
        try {
            csv = CatalogCsv.header(lines.get(0));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("file", Messages.format(request.getLocale(), "catalog.import.file.header",
                    e.getMessage()));
        }
        String grants = requirePermissionsOf(csv, lines);
        int rows = (int) lines.stream().skip(1).filter(l -> !l.isBlank()).count();
        String name = fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long id = ledger.create(name, rows, caller.userId().orElse(null));
        try {
            Path dir = Files.createDirectories(importDir());
            Path partial = dir.resolve(id + ".csv.part");
            Files.write(partial, content);
            Files.move(partial, dir.resolve(ledger.storedName(id)), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            ledger.finished(id, "FAILED", null);
            throw new UncheckedIOException("catalog import " + id + ": cannot store the file", e);
        }
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(id));
        parameters.setProperty("chunkSize", String.valueOf(chunkSize == null ? DEFAULT_CHUNK : chunkSize));
        parameters.setProperty(GRANTS, grants);
        if (failAfterRow != null) {
            parameters.setProperty("failAfterRow", String.valueOf(failAfterRow));
        }
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "catalog import " + id + ": the job did not start", e);
            ledger.finished(id, "FAILED", null);
            throw e;
        }
        ledger.running(id, execution);
        ledger.audited("IMPORT_START", id, caller.userId().orElse(null), Map.of("fileName", name, "rowsTotal", rows,
                "grants", grants, "jobExecutionId", execution));
        return get(id);
    }

    /**
     * Refuses the file when it needs a permission the caller lacks ({@link ImportPlanner}); returns
     * the import permissions the caller holds, for the job to check each row against.
     */
    private String requirePermissionsOf(CatalogCsv csv, List<String> lines) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                CatalogCsv.Parsed parsed = csv.parse(i + 1, lines.get(i));
                if (parsed.ok()) {
                    rows.add(parsed.row());
                }
            }
        }
        Set<String> missing = new TreeSet<>(planner.permissionsNeeded(rows));
        missing.removeIf(context::isCallerInRole);
        if (!missing.isEmpty()) {
            throw new ImportNotPermitted(missing);
        }
        return grantsOfCaller();
    }

    private String grantsOfCaller() {
        Set<String> held = new LinkedHashSet<>();
        for (String slug : List.of(DefaultCatalogImportSteps.CREATE, DefaultCatalogImportSteps.EDIT,
                DefaultCatalogImportSteps.PRICE)) {
            if (context.isCallerInRole(slug)) {
                held.add(slug);
            }
        }
        return String.join(",", held);
    }

    @Override
    @RolesAllowed("catalog.import")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportSummary get(long id) {
        ImportSummary summary = ledger.read(id);
        if ("STARTED".equals(summary.status()) && summary.jobExecutionId() == null && summary.startedAt() != null
                && summary.startedAt().isBefore(Instant.now().minus(NEVER_STARTED))) {
            // the server went down between the import row and the job: it never ran, and never will
            ledger.finished(id, "FAILED", null);
            return ledger.read(id);
        }
        if ("STARTED".equals(summary.status()) && summary.jobExecutionId() != null) {
            JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(summary.jobExecutionId());
            String status = statusOf(execution.getBatchStatus());
            if (!"STARTED".equals(status)) {
                ledger.finished(id, status, execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
                summary = ledger.read(id);
            }
        }
        return summary;
    }

    /** STARTED while it runs; COMPLETED, FAILED, or STOPPED (also for ABANDONED). */
    static String statusOf(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "COMPLETED";
            case FAILED -> "FAILED";
            case STOPPED, ABANDONED -> "STOPPED";
            default -> "STARTED";
        };
    }

    @Override
    @RolesAllowed("catalog.import")
    public Page<ImportError> errors(long id, PageRequest page) {
        ledger.storedName(id); // 404 for an unknown import
        return new Page<>(ledger.errors(id, page.offset(), page.limit()), ledger.errorCount(id), page.offset(),
                page.limit());
    }

    @Override
    @RolesAllowed("catalog.import")
    public List<ImportError> allErrors(long id) {
        ledger.storedName(id);
        return ledger.errors(id, 0, Integer.MAX_VALUE);
    }

    @Override
    @RolesAllowed("catalog.import")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportSummary restart(long id) {
        ImportSummary summary = get(id);
        if (!"FAILED".equals(summary.status()) && !"STOPPED".equals(summary.status())
                || summary.jobExecutionId() == null) {
            throw new RuleViolated("import-not-restartable", "catalog.import.notRestartable", String.valueOf(id),
                    summary.status());
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        Properties original = operator.getParameters(summary.jobExecutionId());
        if (original != null) {
            parameters.putAll(original);
        }
        parameters.setProperty("importId", String.valueOf(id));
        parameters.setProperty("failAfterRow", ""); // a restart never repeats a drill
        if (parameters.getProperty(GRANTS) == null) {
            // an import started before grants were recorded runs with the restarter's permissions
            parameters.setProperty(GRANTS, grantsOfCaller());
        }
        long execution = operator.restart(summary.jobExecutionId(), parameters);
        ledger.running(id, execution);
        ledger.audited("IMPORT_RESTART", id, caller.userId().orElse(null), Map.of("fileName",
                summary.fileName() == null ? "" : summary.fileName(), "jobExecutionId", execution));
        return ledger.read(id);
    }

    @Override
    @RolesAllowed("catalog.import")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Page<ImportSummary> recent(PageRequest page) {
        List<ImportSummary> items = ledger.recentIds(page.offset(), page.limit()).stream().map(this::get).toList();
        return new Page<>(items, ledger.count(), page.offset(), page.limit());
    }
}

package pe.colca.batch.catalog;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import pe.colca.catalog.importing.CatalogCsv;
import pe.colca.catalog.importing.CatalogImportSteps;

/**
 * Reads the stored file of a {@code catalog-import} line by line. The checkpoint is the number of
 * the last line of the committed chunk, so a restart skips exactly the lines already written and
 * re-reads the chunk that was in flight (whose rows the writer applies idempotently).
 */
@Named
@Dependent
public class CatalogImportReader extends AbstractItemReader {

    @EJB
    private CatalogImportSteps steps;

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private StepContext step;

    private BufferedReader in;
    private int lineNumber;
    private int ordinal;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long id = Long.parseLong(importId.strip());
        in = Files.newBufferedReader(steps.file(id), StandardCharsets.UTF_8);
        String header = in.readLine();
        if (header == null) {
            throw new IOException("catalog import " + id + ": empty file");
        }
        step.setTransientUserData(CatalogCsv.header(header));
        lineNumber = 1;
        int resumeAfter = checkpoint == null ? 1 : (Integer) checkpoint;
        while (lineNumber < resumeAfter) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            lineNumber++;
            if (!line.isBlank()) {
                ordinal++;
            }
        }
    }

    @Override
    public Object readItem() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        ordinal++;
        return new ImportLine(lineNumber, ordinal, line);
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}

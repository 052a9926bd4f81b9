package pe.colca.batch.catalog;

import java.io.Serializable;

/**
 * A non-blank data line of the import file as read.
 *
 * @param lineNumber its line in the file (the header is line 1): the row number of the error report
 * @param ordinal how many data rows up to and including this one (the progress count)
 */
public record ImportLine(int lineNumber, int ordinal, String text) implements Serializable {
}

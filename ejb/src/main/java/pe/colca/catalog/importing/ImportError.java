package pe.colca.catalog.importing;

/** Why a row of a catalog import was rejected: the file line, the CSV column and the reason. */
public record ImportError(int rowNumber, String column, String reason) implements java.io.Serializable {
}

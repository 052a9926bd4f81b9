package pe.colca.invoicing;

/** The two files sent with sendSummary: the resumen diario (RC) and the comunicación de baja (RA). */
public enum SummaryKind {
    RC, RA
}

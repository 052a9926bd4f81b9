package pe.colca.invoicing;

/**
 * Where a company's documents are sent (sunat.md §6): the Colca SUNAT simulator (the default, for the
 * demo and the tests; never in production), SUNAT's beta service, or production.
 */
public enum SunatEndpoint {
    SIMULATOR(null),
    BETA("https://e-beta.sunat.gob.pe/ol-ti-itcpfegem-beta/billService"),
    PRODUCTION("https://e-factura.sunat.gob.pe/ol-ti-itcpfegem/billService");

    private final String billServiceUrl;

    SunatEndpoint(String billServiceUrl) {
        this.billServiceUrl = billServiceUrl;
    }

    /** SUNAT's billService address; null for the simulator, whose URL is the company's. */
    public String billServiceUrl() {
        return billServiceUrl;
    }
}

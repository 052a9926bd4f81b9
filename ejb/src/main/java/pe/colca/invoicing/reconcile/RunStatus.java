package pe.colca.invoicing.reconcile;

/** Where a reconciliation run is: asked for, running, done (with or without differences) or failed. */
public enum RunStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}

package pe.colca.customer;

/** What a customer asked about his personal data ({@code customer_privacy_requests.kind}). */
public enum PrivacyRequestKind {
    /** Everything Colca holds about him, as JSON or PDF (derecho de acceso). */
    EXPORT,
    /** His personal fields replaced, irreversibly (derecho de cancelación). */
    ANONYMISATION
}

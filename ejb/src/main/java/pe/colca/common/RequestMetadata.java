package pe.colca.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * Facts about the current web request that the domain records (the client's IP address in audit
 * logs and status history). Filled by a filter in each web module; empty for timers and MDBs.
 */
@RequestScoped
public class RequestMetadata {

    private String ipAddress;
    private String correlationId;
    private String forwardedFor;
    private Locale locale = Messages.DEFAULT_LOCALE;

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    /**
     * The request's {@code X-Forwarded-For} header as received (null without one). Believed only when the
     * TCP peer is a trusted proxy (setting {@code security.trusted_proxies}; the order history's client address).
     */
    public String getForwardedFor() {
        return forwardedFor;
    }

    public void setForwardedFor(String forwardedFor) {
        this.forwardedFor = forwardedFor;
    }

    /** The request's id ({@code X-Request-Id}, or one the filter made up), recorded in {@code audit_logs}. */
    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    /** The user's language for messages (es-PE unless the user chose English). */
    public Locale getLocale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale == null ? Messages.DEFAULT_LOCALE : locale;
    }
}

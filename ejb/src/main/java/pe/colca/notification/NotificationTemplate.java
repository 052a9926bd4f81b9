package pe.colca.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The text of one notification ({@code templateId}, e.g. {@code order.paid}) for one channel and
 * language (unique together). Notifications refer to it by {@code templateId}.
 */
@Entity
@Table(name = "notification_templates")
public class NotificationTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_templates_seq")
    @SequenceGenerator(name = "notification_templates_seq", sequenceName = "notification_templates_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "template_id", length = 100, nullable = false, updatable = false)
    private String templateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 30, nullable = false, updatable = false)
    private NotificationChannel channel;

    /** {@link TemplateLanguage} code. */
    @Column(name = "language", length = 5, nullable = false, updatable = false)
    private String language;

    @Column(name = "subject")
    private String subject;

    @Column(name = "body_template", nullable = false)
    private String bodyTemplate;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    protected NotificationTemplate() {
    }

    public NotificationTemplate(String templateId, NotificationChannel channel, TemplateLanguage language,
                                String subject, String bodyTemplate) {
        if (templateId == null || templateId.isBlank()) {
            throw new IllegalArgumentException("templateId is required");
        }
        this.templateId = templateId.strip();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.language = Objects.requireNonNull(language, "language").code();
        revise(subject, bodyTemplate);
        this.active = true;
    }

    /** Replaces the texts. */
    public void revise(String subject, String bodyTemplate) {
        if (bodyTemplate == null || bodyTemplate.isBlank()) {
            throw new IllegalArgumentException("bodyTemplate is required");
        }
        this.subject = subject;
        this.bodyTemplate = bodyTemplate;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public Integer getId() {
        return id;
    }

    public String getTemplateId() {
        return templateId;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public String getLanguageCode() {
        return language;
    }

    public TemplateLanguage getLanguage() {
        return TemplateLanguage.fromCode(language);
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyTemplate() {
        return bodyTemplate;
    }

    public boolean isActive() {
        return active;
    }
}

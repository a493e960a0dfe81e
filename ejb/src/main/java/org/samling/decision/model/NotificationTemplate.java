package org.samling.decision.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.samling.i18n.Language;

/** A conference's own subject and text of one decision mail in one language, with named placeholders (TemplateText). */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 10000)
    private String body;

    @Version
    private long version;

    protected NotificationTemplate() {
    }

    public NotificationTemplate(Long conferenceId, String kind, Language language, String subject, String body) {
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.language = language;
        write(subject, body);
    }

    public void write(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    public String getKind() { return kind; }

    public Language getLanguage() { return language; }

    public String getSubject() { return subject; }

    public String getBody() { return body; }
}

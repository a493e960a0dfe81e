package org.samling.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A conference's registration: open or not, until when, how seats are given, the chair's questions, the links mail. */
@Entity
@Table(name = "registration_settings")
public class RegistrationSettings {

    @Id
    @Column(name = "conference_id")
    private Long conferenceId;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "allocation", nullable = false, length = 16)
    private Allocation allocation = Allocation.FIRST_COME;

    /** One question per line (e.g. dietary needs); every answer is optional text. */
    @Column(nullable = false, length = 4000)
    private String questions = "";

    @Column(name = "links_mail_at")
    private Instant linksMailAt;

    @Column(name = "links_mailed_at")
    private Instant linksMailedAt;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    @Version
    private long version;

    protected RegistrationSettings() {
    }

    public RegistrationSettings(Long conferenceId) {
        this.conferenceId = conferenceId;
    }

    public void change(boolean open, Instant closesAt, Allocation allocation, List<String> questions, Instant linksMailAt) {
        this.open = open;
        this.closesAt = closesAt;
        this.allocation = allocation;
        this.questions = String.join("\n", questions);
        if (linksMailAt == null || !linksMailAt.equals(this.linksMailAt)) {
            this.linksMailedAt = null;
        }
        this.linksMailAt = linksMailAt;
    }

    /** Open and before its closing time. */
    public boolean takesRegistrations(Instant now) {
        return open && (closesAt == null || now.isBefore(closesAt));
    }

    public List<String> questionList() {
        return questions.isBlank()
                ? List.of()
                : Arrays.stream(questions.split("\n")).map(String::strip)
                        .filter(q -> !q.isEmpty()).toList();
    }

    public boolean linksMailDue(Instant now) {
        return linksMailAt != null && linksMailedAt == null && !now.isBefore(linksMailAt);
    }

    public void linksMailed(Instant now) {
        this.linksMailedAt = now;
    }

    public void allocated(Instant now) {
        this.allocatedAt = now;
    }

    public Long getConferenceId() { return conferenceId; }

    public boolean isOpen() { return open; }

    public Instant getClosesAt() { return closesAt; }

    public Allocation getAllocation() { return allocation; }

    public Instant getLinksMailAt() { return linksMailAt; }

    public Instant getLinksMailedAt() { return linksMailedAt; }

    public Instant getAllocatedAt() { return allocatedAt; }
}

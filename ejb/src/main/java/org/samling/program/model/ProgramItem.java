package org.samling.program.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One thing in a session, in order: an accepted submission (its title and presenters come from the
 * submission) or a plenary item that is none (a welcome, a keynote, a closing) with its own title
 * and speaker. Tentative while its speaker or time is not confirmed.
 */
@Entity
@Table(name = "program_item")
public class ProgramItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(nullable = false)
    private int position;

    @Column(name = "submission_id")
    private Long submissionId;

    @Column(length = 500)
    private String title;

    @Column(length = 300)
    private String speaker;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private boolean tentative;

    @Version
    private long version;

    protected ProgramItem() {
    }

    private ProgramItem(Long conferenceId, Long sessionId, int position, Long submissionId, String title, String speaker,
            int minutes) {
        this.conferenceId = conferenceId;
        this.sessionId = sessionId;
        this.position = position;
        this.submissionId = submissionId;
        this.title = title;
        this.speaker = speaker;
        this.minutes = minutes;
    }

    public static ProgramItem ofSubmission(Long conferenceId, Long sessionId, int position, Long submissionId, int minutes) {
        return new ProgramItem(conferenceId, sessionId, position, submissionId, null, null, minutes);
    }

    public static ProgramItem plenary(Long conferenceId, Long sessionId, int position, String title, String speaker,
            int minutes) {
        return new ProgramItem(conferenceId, sessionId, position, null, title, speaker, minutes);
    }

    public void placeAt(Long sessionId, int position) {
        this.sessionId = sessionId;
        this.position = position;
    }

    public void setTentative(boolean tentative) { this.tentative = tentative; }

    public void setMinutes(int minutes) { this.minutes = minutes; }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public Long getSessionId() { return sessionId; }

    public int getPosition() { return position; }

    public Long getSubmissionId() { return submissionId; }

    public String getTitle() { return title; }

    public String getSpeaker() { return speaker; }

    public int getMinutes() { return minutes; }

    public boolean isTentative() { return tentative; }
}

package org.samling.web.submission;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.shared.DomainException;
import org.samling.submission.service.ChairSubmissionRow;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.submission.service.ExtensionView;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A chair's list of a conference's submissions: authors, state, PDF and its anonymity flags,
 * and the form that grants one submission an individual extension.
 */
@Named
@ViewScoped
public class ChairSubmissionsView implements Serializable {

    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    ConferenceService conferenceService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private ConferenceView conference;
    private transient List<ChairSubmissionRow> rows;
    private Long extending;
    private String until;
    private String reason;

    public void load() throws IOException {
        Pages.guard(() -> {
            conference = conferenceService.byAcronym(acronym, localeBean.getLanguage())
                    .orElseThrow(() -> new DomainException(null, "conference.notFound"));
            getRows();
        });
    }

    public List<ChairSubmissionRow> getRows() {
        if (rows == null) {
            rows = chairSubmissions.all(currentUser.actor(), acronym, localeBean.getLanguage());
        }
        return rows;
    }

    /** Opens the extension form under one submission, with the call's deadline plus a week proposed. */
    public void startExtension(Long id) {
        extending = id;
        reason = null;
        Instant proposed = conference.closesAt() == null ? Instant.now() : conference.closesAt().plus(Duration.ofDays(7));
        until = LocalDateTime.ofInstant(proposed, conference.zone()).toString().substring(0, 16);
    }

    public void cancelExtension() {
        extending = null;
    }

    public void grantExtension() {
        try {
            Instant at = null;
            if (until != null && !until.isBlank()) {
                try {
                    at = LocalDateTime.parse(until.trim()).atZone(conference.zone()).toInstant();
                } catch (DateTimeParseException e) {
                    throw new DomainException("until", "field.dateTime");
                }
            }
            chairSubmissions.grantExtension(currentUser.actor(), extending, at, reason, localeBean.getLanguage());
            FacesMessages.info("extension.granted");
            extending = null;
            rows = null;
        } catch (DomainException e) {
            FacesMessages.show(e, "extension");
        }
    }

    public List<ExtensionView> extensionsOf(Long id) {
        return chairSubmissions.extensions(currentUser.actor(), id);
    }

    public long count(String state) {
        return getRows().stream().filter(r -> r.state().name().equals(state)).count();
    }

    public long getFlagged() { return getRows().stream().filter(ChairSubmissionRow::flagged).count(); }

    public ConferenceView getConference() { return conference; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public Long getExtending() { return extending; }

    public String getUntil() { return until; }

    public void setUntil(String until) { this.until = until; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }
}

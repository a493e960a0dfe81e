package org.samling.web.conference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.CallSettings;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.model.PdfPolicy;
import org.samling.conference.service.ConferenceService;
import org.samling.conference.service.ConferenceSetup;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.DateTimeFields;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A chair sets up the call: dates in the conference's time zone, limits, PDF policy, blind mode. */
@Named
@ViewScoped
public class CallSettingsView implements Serializable {

    private static final int MB = 1024 * 1024;

    @Inject
    ConferenceService conferenceService;
    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private ConferenceView conference;
    private String opensAt;
    private String deadline;
    private int graceMinutes;
    private String notificationDate;
    private String finalVersionDeadline;
    private int wordLimit;
    private int maxKeywords;
    private int maxAuthors;
    private PdfPolicy pdfPolicy;
    private int pdfMaxPages;
    private int pdfMaxMegabytes;
    private boolean blind;

    public void load() throws IOException {
        conference = conferenceService.byAcronym(acronym, localeBean.getLanguage()).orElse(null);
        if (conference == null) {
            Pages.notFound();
            return;
        }
        try {
            CallSettings s = conferenceSetup.callSettings(currentUser.actor(), acronym);
            ZoneId zone = conference.zone();
            opensAt = DateTimeFields.local(s.opensAt(), zone);
            deadline = DateTimeFields.local(s.deadline(), zone);
            graceMinutes = s.graceMinutes();
            notificationDate = s.notificationDate() == null ? "" : s.notificationDate().toString();
            finalVersionDeadline = DateTimeFields.local(s.finalVersionDeadline(), zone);
            wordLimit = s.wordLimit();
            maxKeywords = s.maxKeywords();
            maxAuthors = s.maxAuthors();
            pdfPolicy = s.pdfPolicy();
            pdfMaxPages = s.pdfMaxPages();
            pdfMaxMegabytes = Math.max(1, s.pdfMaxBytes() / MB);
            blind = s.blind();
        } catch (DomainException e) {
            Pages.forbidden();
        }
    }

    public void save() {
        try {
            ZoneId zone = conference.zone();
            Violations v = new Violations();
            Instant opens = DateTimeFields.instant(v, "opensAt", opensAt, zone, true);
            Instant due = DateTimeFields.instant(v, "deadline", deadline, zone, true);
            Instant finalDue = DateTimeFields.instant(v, "finalVersionDeadline", finalVersionDeadline, zone, false);
            LocalDate notify = null;
            if (notificationDate != null && !notificationDate.isBlank()) {
                try {
                    notify = LocalDate.parse(notificationDate.trim());
                } catch (DateTimeParseException e) {
                    v.add("notificationDate", "field.date");
                }
            }
            v.throwIfAny();
            conferenceSetup.configureCall(currentUser.actor(), acronym, new CallSettings(opens, due, graceMinutes, notify,
                    finalDue, wordLimit, maxKeywords, maxAuthors, pdfPolicy, pdfMaxPages, pdfMaxMegabytes * MB, blind));
            FacesMessages.info("call.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "call");
        }
    }

    public PdfPolicy[] getPdfPolicies() { return PdfPolicy.values(); }

    public ConferenceView getConference() { return conference; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getOpensAt() { return opensAt; }

    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }

    public String getDeadline() { return deadline; }

    public void setDeadline(String deadline) { this.deadline = deadline; }

    public int getGraceMinutes() { return graceMinutes; }

    public void setGraceMinutes(int graceMinutes) { this.graceMinutes = graceMinutes; }

    public String getNotificationDate() { return notificationDate; }

    public void setNotificationDate(String notificationDate) { this.notificationDate = notificationDate; }

    public String getFinalVersionDeadline() { return finalVersionDeadline; }

    public void setFinalVersionDeadline(String finalVersionDeadline) { this.finalVersionDeadline = finalVersionDeadline; }

    public int getWordLimit() { return wordLimit; }

    public void setWordLimit(int wordLimit) { this.wordLimit = wordLimit; }

    public int getMaxKeywords() { return maxKeywords; }

    public void setMaxKeywords(int maxKeywords) { this.maxKeywords = maxKeywords; }

    public int getMaxAuthors() { return maxAuthors; }

    public void setMaxAuthors(int maxAuthors) { this.maxAuthors = maxAuthors; }

    public PdfPolicy getPdfPolicy() { return pdfPolicy; }

    public void setPdfPolicy(PdfPolicy pdfPolicy) { this.pdfPolicy = pdfPolicy; }

    public int getPdfMaxPages() { return pdfMaxPages; }

    public void setPdfMaxPages(int pdfMaxPages) { this.pdfMaxPages = pdfMaxPages; }

    public int getPdfMaxMegabytes() { return pdfMaxMegabytes; }

    public void setPdfMaxMegabytes(int pdfMaxMegabytes) { this.pdfMaxMegabytes = pdfMaxMegabytes; }

    public boolean isBlind() { return blind; }

    public void setBlind(boolean blind) { this.blind = blind; }
}

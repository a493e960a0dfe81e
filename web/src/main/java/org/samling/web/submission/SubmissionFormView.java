package org.samling.web.submission;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.identity.model.Account;
import org.samling.identity.service.AccountService;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.service.CommitteeMemberName;
import org.samling.submission.service.SubmissionService;
import org.samling.submission.service.SubmissionSummary;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.PersonFields;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The submission form: a new abstract for a call (?c=acronym) or an existing one (?id=...).
 * Holds what the author types between requests; every rule is the service's.
 */
@Named
@ViewScoped
public class SubmissionFormView implements Serializable {

    @Inject
    SubmissionService submissionService;
    @Inject
    ConferenceService conferenceService;
    @Inject
    AccountService accountService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private Long id;
    private CallDetails call;
    /** What this form loaded, its version included: a save refuses if someone saved in between (another tab). */
    private SubmissionSummary summary;

    private String title;
    private String abstractText;
    private String keywords;
    private AbstractLanguage abstractLanguage;
    private Long trackId;
    private Long typeId;
    private final AuthorList authors = new AuthorList();
    private List<String> namedConflicts = new ArrayList<>();
    private List<CommitteeMemberName> committee = List.of();

    public void load() throws IOException {
        if (call != null) {
            return;
        }
        if (id != null) {
            summary = submissionService.summary(currentUser.actor(), id, localeBean.getLanguage()).orElse(null);
            SubmissionContent content = submissionService.content(currentUser.actor(), id).orElse(null);
            if (summary == null || content == null) {
                Pages.notFound();
                return;
            }
            acronym = summary.acronym();
            fill(content);
            committee = submissionService.committeeFor(currentUser.actor(), id);
            namedConflicts = new ArrayList<>(committee.stream().filter(m -> m.named())
                    .map(m -> String.valueOf(m.accountId())).toList());
        }
        call = conferenceService.callDetails(acronym, localeBean.getLanguage()).orElse(null);
        if (call == null) {
            Pages.notFound();
            return;
        }
        if (authors.isEmpty()) {
            Account me = accountService.require(currentUser.actor());
            authors.add(new PersonFields(me.getName(), me.getEmail(), me.getAffiliation(), me.getCountry()), 1);
        }
    }

    private void fill(SubmissionContent c) {
        title = c.title();
        abstractText = c.abstractText();
        keywords = String.join(", ", c.keywords());
        abstractLanguage = c.language();
        trackId = c.trackId();
        typeId = c.typeId();
        authors.fill(c.authors());
    }

    private SubmissionContent content() {
        List<String> words = keywords == null
                ? List.of()
                : Arrays.stream(keywords.split("[,;\\n]"))
                        .map(String::trim).filter(k -> !k.isEmpty()).toList();
        return new SubmissionContent(title, abstractText, words, abstractLanguage, trackId, typeId, authors.authors());
    }

    public void saveDraft() throws IOException {
        save(false);
    }

    public void submit() throws IOException {
        save(true);
    }

    private void save(boolean submit) throws IOException {
        try {
            boolean wasSubmitted = summary != null && summary.state() == SubmissionState.SUBMITTED;
            Long loaded = summary == null ? null : summary.version();
            Long saved = submissionService.save(currentUser.actor(), acronym, id, loaded, content(), submit,
                    localeBean.getLanguage());
            if (id != null) {
                submissionService.nameConflicts(currentUser.actor(), saved, new HashSet<>(namedConflicts.stream()
                        .map(Long::valueOf).toList()), localeBean.getLanguage());
            }
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            if (isFinalVersion()) {
                FacesMessages.flashInfo("finalVersion.saved");
                ec.redirect(ec.getRequestContextPath() + "/author/decision.xhtml?id=" + saved);
                return;
            }
            FacesMessages.flashInfo(
                    submit ? "submission.submittedNow" : wasSubmitted ? "submission.updatedNow" : "submission.savedDraft");
            ec.redirect(ec.getRequestContextPath() + (submit || wasSubmitted
                    ? "/author/submissions.xhtml"
                    : "/author/submission.xhtml?id=" + saved));
        } catch (DomainException e) {
            FacesMessages.show(e, "submission");
        }
    }

    public void withdraw() throws IOException {
        try {
            submissionService.withdraw(currentUser.actor(), id, localeBean.getLanguage());
            FacesMessages.flashInfo("submission.withdrawnNow");
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/author/submissions.xhtml");
        } catch (DomainException e) {
            FacesMessages.show(e, "submission");
        }
    }

    public List<CommitteeMemberName> getCommittee() { return committee; }

    public List<String> getNamedConflicts() { return namedConflicts; }

    public void setNamedConflicts(List<String> namedConflicts) {
        this.namedConflicts = namedConflicts == null ? new ArrayList<>() : new ArrayList<>(namedConflicts);
    }

    public void addAuthor() {
        if (call != null) {
            authors.add(new PersonFields(), call.maxAuthors());
        }
    }

    public void removeAuthor(int index) {
        authors.remove(index);
    }

    public void moveUp(int index) {
        authors.moveUp(index);
    }

    public boolean isChangeable() { return summary == null || summary.changeable(); }

    public boolean isSubmitted() { return summary != null && summary.state() == SubmissionState.SUBMITTED; }

    /** Accepted: the form now takes the final version (track and type stay as accepted). */
    public boolean isFinalVersion() {
        return summary != null && summary.state().takesFinalVersion();
    }

    public List<Integer> getAuthorIndexes() { return authors.indexes(); }

    public AbstractLanguage[] getAbstractLanguages() { return AbstractLanguage.values(); }

    public CallDetails getCall() { return call; }

    public SubmissionSummary getSummary() { return summary; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getAbstractText() { return abstractText; }

    public void setAbstractText(String abstractText) { this.abstractText = abstractText; }

    public String getKeywords() { return keywords; }

    public void setKeywords(String keywords) { this.keywords = keywords; }

    public AbstractLanguage getAbstractLanguage() { return abstractLanguage; }

    public void setAbstractLanguage(AbstractLanguage abstractLanguage) { this.abstractLanguage = abstractLanguage; }

    public Long getTrackId() { return trackId; }

    public void setTrackId(Long trackId) { this.trackId = trackId; }

    public Long getTypeId() { return typeId; }

    public void setTypeId(Long typeId) { this.typeId = typeId; }

    public List<PersonFields> getAuthors() { return authors.rows(); }

    public int getPresenting() { return authors.presenting(); }

    public void setPresenting(int presenting) {
        authors.presenting(presenting);
    }
}

package org.samling.web.lifecycle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.lifecycle.service.AuditQuery;
import org.samling.lifecycle.service.AuditRow;
import org.samling.lifecycle.service.AuditService;
import org.samling.shared.AuditKind;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit log: a conference's for its chairs ({@code ?c=acronym}), the whole site's for admins
 * (no acronym). Filters by person, kind, submission and days; a page at a time, newest first; the
 * same filter downloads as CSV.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    /** Entries per page. */
    static final int PAGE_SIZE = 50;

    @Inject
    AuditService audit;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String person;
    private AuditKind kind;
    private String submission;
    private String from;
    private String to;
    private AuditQuery query = AuditQuery.ALL;
    private int page;
    private AuditService.Page shown;

    /** The first read: refused (403/404) unless the reader may read this log. */
    public void load() throws IOException {
        Pages.guard(this::getShown);
    }

    public AuditService.Page getShown() {
        if (shown == null) {
            shown = audit.page(currentUser.actor(), blankToNull(acronym), query, page, PAGE_SIZE, localeBean.getLanguage());
        }
        return shown;
    }

    public List<AuditRow> getRows() { return getShown().rows(); }

    /** Applies the typed filter from the newest entries on; a bad field is named and the old filter stays. */
    public void filter() {
        Violations v = new Violations();
        Long number = null;
        if (submission != null && !submission.isBlank()) {
            try {
                number = Long.valueOf(submission.strip());
            } catch (NumberFormatException e) {
                v.add("submission", "audit.submissionNumber");
            }
        }
        LocalDate first = date(v, "from", from);
        LocalDate last = date(v, "to", to);
        try {
            v.throwIfAny();
            AuditQuery next = new AuditQuery(blankToNull(person), kind, number, first, last);
            shown = audit.page(currentUser.actor(), blankToNull(acronym), next, 0, PAGE_SIZE, localeBean.getLanguage());
            query = next;
            page = 0;
        } catch (DomainException e) {
            FacesMessages.show(e, "log");
        }
    }

    private static LocalDate date(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "field.date");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void older() {
        page++;
        shown = null;
    }

    public void newer() {
        page = Math.max(0, page - 1);
        shown = null;
    }

    /** "Entries 51–100 of 230". */
    public String getRange() {
        int first = page * PAGE_SIZE;
        return getRows().isEmpty() ? "0" : (first + 1) + "\u2013" + (first + getRows().size());
    }

    /** The CSV download of what the filter shows, all pages. */
    public String getCsvLink() {
        StringBuilder b = new StringBuilder(
                acronym == null || acronym.isBlank() ? "/admin/log-export?" : "/chair/log-export?c=" + enc(acronym) + "&");
        add(b, "person", query.person());
        add(b, "kind", query.kind());
        add(b, "submission", query.submissionId());
        add(b, "from", query.from());
        add(b, "to", query.to());
        return b.toString();
    }

    private static void add(StringBuilder b, String name, Object value) {
        if (value != null) {
            b.append(name).append('=').append(enc(value.toString())).append('&');
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public AuditKind[] getKinds() { return AuditKind.values(); }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getPerson() { return person; }

    public void setPerson(String person) { this.person = person; }

    public AuditKind getKind() { return kind; }

    public void setKind(AuditKind kind) { this.kind = kind; }

    public String getSubmission() { return submission; }

    public void setSubmission(String submission) { this.submission = submission; }

    public String getFrom() { return from; }

    public void setFrom(String from) { this.from = from; }

    public String getTo() { return to; }

    public void setTo(String to) { this.to = to; }
}

package org.samling.lifecycle.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.samling.conference.model.Conference;
import org.samling.conference.model.Conferences;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.identity.model.RoleGrant;
import org.samling.lifecycle.model.AuditEntry;
import org.samling.lifecycle.model.AuditFilter;
import org.samling.lifecycle.model.AuditLog;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.registration.model.Pick;
import org.samling.registration.model.Registration;
import org.samling.registration.model.Registrations;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;
import org.samling.review.model.Review;
import org.samling.review.model.Reviews;
import org.samling.shared.DomainException;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionPdf;
import org.samling.submission.model.Submissions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything Samling holds about the person asking, as one ZIP of JSON files and their PDFs:
 * the account and its roles, the submissions they own or are named on (with the PDFs as sent),
 * the reviews they wrote (the submissions by number and title, never their authors), their
 * conference registrations, the mails sent to them and the log entries by or about them (other
 * people in those entries are not named).
 */
@Stateless
public class PersonalDataExport {

    /** The layout of the ZIP; raised when a file or field changes meaning. */
    public static final int FORMAT = 1;

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    Accounts accounts;
    @Inject
    Conferences conferences;
    @Inject
    Submissions submissions;
    @Inject
    Assignments assignments;
    @Inject
    Reviews reviews;
    @Inject
    Registrations registrations;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog log;
    @Inject
    LifecyclePolicy policy;

    /** The ZIP for the logged-in person; a visitor has nothing to download. */
    public byte[] zip(Actor actor) {
        if (actor == null || actor.isVisitor()) {
            throw new DomainException(null, "auth.required");
        }
        if (!policy.canExportOwnData(actor)) {
            throw new DomainException(null, "auth.forbidden");
        }
        Account a = accounts.byId(actor.accountId()).orElseThrow(() -> new DomainException(null, "auth.forbidden"));
        Map<Long, String> acronyms = new HashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "account.json", json(account(a).build()));
            JsonArrayBuilder subs = Json.createArrayBuilder();
            for (Long id : new TreeSet<>(submissions.idsAuthoredBy(a.getId(), a.getEmail()))) {
                Submission s = submissions.byId(id).orElseThrow();
                JsonObjectBuilder o = submission(s, acronym(acronyms, s.getConferenceId()), a);
                SubmissionPdf pdf = submissions.pdfOf(id).orElse(null);
                if (pdf != null) {
                    String name = "pdf/" + id + "-" + pdf.getFileName().replaceAll("[^\\p{L}\\p{N}._-]", "_");
                    put(zip, name, pdf.getOriginal());
                    o.add("pdf", name);
                }
                subs.add(o);
            }
            put(zip, "submissions.json", json(subs.build()));
            put(zip, "reviews.json", json(reviewsBy(a, acronyms).build()));
            put(zip, "registrations.json", json(registrationsOf(a, acronyms).build()));
            put(zip, "mails.json", json(mailsTo(a, acronyms).build()));
            put(zip, "log.json", json(entries(a, acronyms).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private JsonObjectBuilder account(Account a) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (RoleGrant g : accounts.grantsOf(a.getId())) {
            JsonObjectBuilder r = Json.createObjectBuilder().add("role", g.getRole().name());
            add(r, "conference", g.getConferenceId() == null ? null : acronym(new HashMap<>(), g.getConferenceId()));
            roles.add(r);
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("format", FORMAT).add("id", a.getId()).add("email", a.getEmail())
                .add("name", a.getName());
        add(o, "affiliation", a.getAffiliation());
        add(o, "country", a.getCountry());
        return o.add("language", a.getLanguage().code()).add("emailConfirmed", a.isEmailConfirmed())
                .add("createdAt", a.getCreatedAt().toString()).add("secondFactor", a.getSecondFactorSince() != null)
                .add("roles", roles);
    }

    private static JsonObjectBuilder submission(Submission s, String acronym, Account me) {
        JsonArrayBuilder authors = Json.createArrayBuilder();
        for (Author au : s.getAuthors()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", au.getName());
            add(o, "email", au.getEmail());
            add(o, "affiliation", au.getAffiliation());
            add(o, "country", au.getCountry());
            authors.add(o.add("presenting", au.isPresenting()));
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", s.getId()).add("conference", acronym)
                .add("owner", s.getOwnerId().equals(me.getId())).add("state", s.getState().name());
        add(o, "title", s.getTitle());
        add(o, "abstract", s.content().abstractText());
        o.add("keywords", Json.createArrayBuilder(s.content().keywords() == null ? List.of() : s.content().keywords()));
        add(o, "submittedAt", s.getSubmittedAt());
        add(o, "updatedAt", s.getUpdatedAt());
        return o.add("authors", authors);
    }

    private JsonArrayBuilder reviewsBy(Account a, Map<Long, String> acronyms) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        List<Assignment> mine = assignments.allOfReviewer(a.getId());
        Map<Long, Assignment> byId = new HashMap<>();
        mine.forEach(x -> byId.put(x.getId(), x));
        for (Review r : reviews.ofAssignments(byId.keySet())) {
            Assignment x = byId.get(r.getAssignmentId());
            JsonObjectBuilder o = Json.createObjectBuilder().add("conference", acronym(acronyms, x.getConferenceId()))
                    .add("submission", x.getSubmissionId());
            add(o, "title", submissions.byId(x.getSubmissionId()).map(Submission::getTitle).orElse(null));
            o.add("kind", r.getKind().name()).add("state", r.getState().name());
            JsonObjectBuilder scores = Json.createObjectBuilder();
            r.content().scores().forEach(scores::add);
            o.add("scores", scores);
            add(o, "recommendation", r.content().recommendation());
            add(o, "confidence", r.content().confidence());
            add(o, "toAuthors", r.content().toAuthors());
            add(o, "toCommittee", r.content().toCommittee());
            add(o, "submittedAt", r.getSubmittedAt());
            out.add(o.add("updatedAt", r.getUpdatedAt().toString()));
        }
        return out;
    }

    private JsonArrayBuilder registrationsOf(Account a, Map<Long, String> acronyms) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Registration r : registrations.ofPerson(a.getId(), a.getEmail())) {
            JsonArrayBuilder picks = Json.createArrayBuilder();
            for (Pick p : registrations.picksOf(r.getId())) {
                picks.add(Json.createObjectBuilder().add("block", p.getBlockId()).add("session", p.getSessionId())
                        .add("choice", p.getChoice()).add("state", p.getState().name()));
            }
            JsonObjectBuilder o = Json.createObjectBuilder().add("conference", acronym(acronyms, r.getConferenceId()))
                    .add("name", r.getName()).add("email", r.getEmail());
            add(o, "organisation", r.getOrganisation());
            add(o, "answers", r.getAnswers());
            out.add(o.add("state", r.getState().name()).add("createdAt", r.getCreatedAt().toString()).add("picks", picks));
        }
        return out;
    }

    /** The most mails one export lists (the newest); a person gets far fewer. */
    static final int MAX_MAILS = 10_000;

    private JsonArrayBuilder mailsTo(Account a, Map<Long, String> acronyms) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (OutboxMail m : outbox.page(null, a.getEmail(), 0, MAX_MAILS)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("to", m.getRecipient()).add("subject", m.getSubject())
                    .add("body", m.getBody()).add("state", m.getState().name()).add("createdAt", m.getCreatedAt().toString());
            add(o, "sentAt", m.getSentAt());
            add(o, "conference", m.getConferenceId() == null ? null : acronym(acronyms, m.getConferenceId()));
            out.add(o);
        }
        return out;
    }

    /** Entries by or about the person: who else acted is said as "someone else", never by name. */
    private JsonArrayBuilder entries(Account a, Map<Long, String> acronyms) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        AuditFilter mine = new AuditFilter(null, Set.of(a.getId()), null, null, null, null, Set.of());
        for (AuditEntry e : log.page(mine, 0, AuditService.CSV_MAX)) {
            String by = e.getActorId() == null ? "samling" : e.getActorId().equals(a.getId()) ? "you" : "someone else";
            JsonObjectBuilder o = Json.createObjectBuilder().add("at", e.getAt().toString()).add("kind", e.getKind().name())
                    .add("by", by).add("aboutYou", a.getId().equals(e.getSubjectId()));
            add(o, "conference", e.getConferenceId() == null ? null : acronym(acronyms, e.getConferenceId()));
            add(o, "submission", e.getSubmissionId());
            JsonObjectBuilder changes = Json.createObjectBuilder();
            e.changeMap().forEach(changes::add);
            out.add(o.add("changes", changes));
        }
        return out;
    }

    private String acronym(Map<Long, String> cache, Long conferenceId) {
        return cache.computeIfAbsent(conferenceId, id -> conferences.byId(id).map(Conference::getAcronym).orElse("#" + id));
    }

    private static void add(JsonObjectBuilder o, String name, Object value) {
        if (value == null) {
            o.addNull(name);
        } else if (value instanceof Number n) {
            o.add(name, n.longValue());
        } else {
            o.add(name, value.toString());
        }
    }

    private static String json(JsonStructure value) {
        StringWriter w = new StringWriter();
        PRETTY.createWriter(w).write(value);
        return w.toString();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        put(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }
}

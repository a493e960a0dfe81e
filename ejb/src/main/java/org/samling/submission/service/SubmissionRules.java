package org.samling.submission.service;

import org.samling.conference.model.CallDetails;
import org.samling.identity.service.EmailRules;
import org.samling.shared.Text;
import org.samling.shared.Violations;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a submission must be. A draft may be incomplete, but never breaks the hard limits (length,
 * counts, a track or type from another call, a malformed address); a submitted one is complete:
 * title, abstract within the word limit, language, track, type, authors with exactly one presenter.
 */
public final class SubmissionRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_KEYWORD = 60;
    public static final int MAX_ABSTRACT_CHARS = 20000;
    /** As the columns hold them (V2): a longer value is refused at its field, never by the database. */
    public static final int MAX_NAME = 200;
    public static final int MAX_AFFILIATION = 300;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SubmissionRules() {
    }

    public static Violations check(SubmissionContent c, CallDetails call, boolean complete) {
        Violations v = new Violations();
        unreadable(v, "title", c.title());
        unreadable(v, "abstractText", c.abstractText());
        c.keywords().forEach(k -> unreadable(v, "keywords", k));
        String title = c.title() == null ? "" : c.title().trim();
        if (title.isEmpty() && complete) {
            v.add("title", "field.required");
        } else if (title.length() > MAX_TITLE) {
            v.add("title", "field.tooLong", MAX_TITLE);
        }
        String text = c.abstractText() == null ? "" : c.abstractText().strip();
        if (text.isEmpty() && complete) {
            v.add("abstractText", "field.required");
        } else if (text.length() > MAX_ABSTRACT_CHARS) {
            v.add("abstractText", "field.tooLong", MAX_ABSTRACT_CHARS);
        } else if (complete && c.words() > call.wordLimit()) {
            v.add("abstractText", "abstract.overLimit", c.words(), call.wordLimit());
        }
        if (c.keywords().size() > call.maxKeywords()) {
            v.add("keywords", "keywords.tooMany", c.keywords().size(), call.maxKeywords());
        } else if (c.keywords().stream().anyMatch(k -> k.length() > MAX_KEYWORD)) {
            v.add("keywords", "keywords.tooLong", MAX_KEYWORD);
        }
        if (c.language() == null && complete) {
            v.add("abstractLanguage", "field.required");
        }
        if (c.trackId() == null) {
            if (complete) {
                v.add("track", "field.required");
            }
        } else if (!call.hasTrack(c.trackId())) {
            v.add("track", "track.notInCall");
        }
        if (c.typeId() == null) {
            if (complete) {
                v.add("type", "field.required");
            }
        } else if (!call.hasType(c.typeId())) {
            v.add("type", "type.notInCall");
        }
        checkAuthors(v, c, call, complete);
        return v;
    }

    private static void checkAuthors(Violations v, SubmissionContent c, CallDetails call, boolean complete) {
        if (c.authors().isEmpty()) {
            if (complete) {
                v.add("authors", "authors.none");
            }
            return;
        }
        if (c.authors().size() > call.maxAuthors()) {
            v.add("authors", "authors.tooMany", c.authors().size(), call.maxAuthors());
            return;
        }
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (Author a : c.authors()) {
            position++;
            unreadable(v, "authors", a.getName());
            unreadable(v, "authors", a.getAffiliation());
            if (a.getName().isBlank()) {
                v.add("authors", "authors.nameMissing", position);
            } else if (a.getName().length() > MAX_NAME) {
                v.add("authors", "authors.nameTooLong", position, MAX_NAME);
            }
            if (a.getAffiliation() != null && a.getAffiliation().length() > MAX_AFFILIATION) {
                v.add("authors", "authors.affiliationTooLong", position, MAX_AFFILIATION);
            }
            if (a.getCountry() != null && !COUNTRIES.contains(a.getCountry())) {
                v.add("authors", "authors.countryUnknown", position);
            }
            if (!EmailRules.isValid(a.getEmail())) {
                v.add("authors", "authors.emailMalformed", position);
            } else if (!seen.add(a.getEmail())) {
                v.add("authors", "authors.emailTwice", a.getEmail());
            }
        }
        long presenters = c.authors().stream().filter(Author::isPresenting).count();
        // Two presenters is never right, not even in a draft; none is only allowed until it is submitted.
        if (presenters > 1 || (complete && presenters != 1)) {
            v.add("presenting", "authors.onePresenter");
        }
    }

    /** Text that arrived in a broken encoding is refused at its field rather than kept garbled. */
    private static void unreadable(Violations v, String field, String text) {
        if (Text.unreadable(text) && !v.has(field)) {
            v.add(field, "text.unreadable");
        }
    }
}

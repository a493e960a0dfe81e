package org.samling.review.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every reason a reviewer must not see a submission, each with the detail that explains
 * it to the chair ("same affiliation: Aalborg Universitet ~ Aalborg University"). Pure: the
 * service hands it the facts.
 */
public final class ConflictDetector {

    /** A person as the rules see them. */
    public record Person(String name, String email, String affiliation) {
    }

    /**
     * The reviewer: their own addresses and affiliations, the people (names or e-mails) and
     * institutions they declared, and the submissions they declared directly.
     */
    public record Reviewer(Long accountId, String name, String email, List<String> affiliations,
            List<String> declaredPeople, List<String> declaredInstitutions, Set<Long> declaredSubmissions) {
    }

    /** A submission: its authors and the committee members (by e-mail) its authors named. */
    public record Submission(Long id, List<Person> authors, Set<String> namedCommitteeEmails) {
    }

    /** One reason, with what matched. */
    public record Found(ConflictReason reason, String detail) {
    }

    private ConflictDetector() {
    }

    /**
     * Every conflict of the reviewer with the submission. {@code others} are the conference's
     * other submissions, for co-authorship.
     */
    public static List<Found> detect(Reviewer r, Submission s, Collection<Submission> others) {
        List<Found> found = new ArrayList<>();
        String me = lower(r.email());
        if (r.declaredSubmissions().contains(s.id())) {
            found.add(new Found(ConflictReason.DECLARED_SUBMISSION, ""));
        }
        if (s.namedCommitteeEmails().stream().map(ConflictDetector::lower).anyMatch(me::equals)) {
            found.add(new Found(ConflictReason.NAMED_BY_AUTHORS, r.email()));
        }
        for (Person a : s.authors()) {
            if (lower(a.email()).equals(me)) {
                found.add(new Found(ConflictReason.IS_AUTHOR, a.name()));
                continue;
            }
            if (EmailDomains.sameOrganisation(r.email(), a.email())) {
                found.add(new Found(ConflictReason.SAME_EMAIL_DOMAIN, a.name() + " <" + a.email() + ">"));
            }
            for (String mine : r.affiliations()) {
                if (Affiliations.same(mine, a.affiliation())) {
                    found.add(new Found(ConflictReason.SAME_AFFILIATION, a.name() + ": " + a.affiliation() + " ~ " + mine));
                    break;
                }
            }
            for (String declared : r.declaredPeople()) {
                if (samePerson(declared, a)) {
                    found.add(new Found(ConflictReason.DECLARED_PERSON, a.name()));
                    break;
                }
            }
            for (String institution : r.declaredInstitutions()) {
                if (Affiliations.same(institution, a.affiliation())) {
                    found.add(new Found(ConflictReason.DECLARED_INSTITUTION, a.name() + ": " + a.affiliation()));
                    break;
                }
            }
        }
        for (Submission other : others) {
            if (other.id().equals(s.id()) || other.authors().stream().noneMatch(a -> lower(a.email()).equals(me))) {
                continue;
            }
            for (Person a : s.authors()) {
                if (!lower(a.email()).equals(me)
                        && other.authors().stream().anyMatch(o -> lower(o.email()).equals(lower(a.email())))) {
                    found.add(new Found(ConflictReason.CO_AUTHOR, a.name()));
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /** A declared person matches an author by e-mail, or by name with case and Nordic letters folded. */
    static boolean samePerson(String declared, Person a) {
        String d = declared == null ? "" : declared.trim();
        if (d.isEmpty()) {
            return false;
        }
        if (d.contains("@")) {
            return lower(d).equals(lower(a.email()));
        }
        return Affiliations.fold(d).replaceAll("\\s+", " ").equals(Affiliations.fold(a.name() == null ? "" : a.name().trim())
                .replaceAll("\\s+", " "));
    }

    private static String lower(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}

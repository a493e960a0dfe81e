package org.samling.review.model;

import org.samling.shared.Violations;
import org.samling.submission.model.AbstractLanguage;

import java.util.List;
import java.util.Set;

/** A reviewer's profile as a form sends it; {@link #check} names what is wrong at its field. */
public record ReviewerProfileForm(Set<Long> trackIds, Set<AbstractLanguage> languages, List<String> keywords,
        String fieldDescription, List<String> declaredPeople, List<String> declaredInstitutions) {

    public Violations check(Set<Long> callTracks) {
        Violations v = new Violations();
        if (trackIds.stream().anyMatch(t -> !callTracks.contains(t))) {
            v.add("tracks", "track.notInCall");
        }
        if (languages.isEmpty()) {
            v.add("reviewLanguages", "reviewer.noLanguage");
        }
        if (keywords.size() > 20) {
            v.add("expertiseKeywords", "reviewer.tooManyKeywords", 20);
        }
        if (keywords.stream().anyMatch(k -> k.length() > 60)) {
            v.add("expertiseKeywords", "keywords.tooLong", 60);
        }
        if (fieldDescription != null && fieldDescription.length() > 4000) {
            v.add("fieldDescription", "field.tooLong", 4000);
        }
        if (String.join("\n", declaredPeople).length() > 4000) {
            v.add("declaredPeople", "field.tooLong", 4000);
        }
        if (String.join("\n", declaredInstitutions).length() > 4000) {
            v.add("declaredInstitutions", "field.tooLong", 4000);
        }
        return v;
    }
}

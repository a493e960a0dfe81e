package org.samling.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.samling.submission.model.AbstractLanguage;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a committee member says of themselves for one conference: tracks and keywords of
 * expertise, the languages they review in, their field in a few sentences (for matching later),
 * and the people and institutions they are in conflict with. Lists are kept one per line.
 */
@Entity
@Table(name = "reviewer_profile")
public class ReviewerProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "track_ids", nullable = false, length = 1000)
    private String trackIds = "";

    @Column(nullable = false, length = 100)
    private String languages = "";

    @Column(nullable = false, length = 1000)
    private String keywords = "";

    @Column(name = "field_description", nullable = false, length = 4000)
    private String fieldDescription = "";

    @Column(name = "declared_people", nullable = false, length = 4000)
    private String declaredPeople = "";

    @Column(name = "declared_institutions", nullable = false, length = 4000)
    private String declaredInstitutions = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReviewerProfile() {
    }

    public ReviewerProfile(Long conferenceId, Long accountId, Instant now) {
        this.conferenceId = conferenceId;
        this.accountId = accountId;
        this.updatedAt = now;
    }

    /** Replaces the whole profile with checked values. */
    public void update(ReviewerProfileForm f, Instant now) {
        this.trackIds = f.trackIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.languages = f.languages().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.keywords = String.join("\n", f.keywords());
        this.fieldDescription = f.fieldDescription() == null ? "" : f.fieldDescription().strip();
        this.declaredPeople = String.join("\n", f.declaredPeople());
        this.declaredInstitutions = String.join("\n", f.declaredInstitutions());
        this.updatedAt = now;
    }

    public ReviewerProfileForm form() {
        return new ReviewerProfileForm(
                split(trackIds, ",").stream().map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                split(languages, ",").stream().map(AbstractLanguage::valueOf).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(AbstractLanguage.class))),
                split(keywords, "\n"), fieldDescription, split(declaredPeople, "\n"), split(declaredInstitutions, "\n"));
    }

    private static List<String> split(String s, String by) {
        return s == null || s.isBlank()
                ? List.of()
                : Arrays.stream(s.split(by)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public Long getConferenceId() { return conferenceId; }

    public Long getAccountId() { return accountId; }

    public Instant getUpdatedAt() { return updatedAt; }

    /** The languages as a set, for the detector and for bidding. */
    public Set<AbstractLanguage> languageSet() {
        return form().languages();
    }
}

package org.samling.review;

import jakarta.inject.Inject;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.decision.service.AuthorDecisions;
import org.samling.decision.service.DecisionExport;
import org.samling.decision.service.DecisionRanking;
import org.samling.decision.service.DecisionService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.lifecycle.service.AuditQuery;
import org.samling.lifecycle.service.AuditService;
import org.samling.lifecycle.service.PersonalDataExport;
import org.samling.review.model.BidPreference;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.BiddingService;
import org.samling.review.service.ReviewFormService;
import org.samling.review.service.ReviewPolicy;
import org.samling.review.service.ReviewReading;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewViews;
import org.samling.search.model.SearchQuery;
import org.samling.search.model.SearchResults;
import org.samling.search.model.SearchSort;
import org.samling.search.service.SearchService;
import org.samling.shared.AuditKind;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;
import org.samling.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Review independence on every channel: for each combination of the call's settings (blind or
 * not, reviewers reading each other or not) and each person (a chair; committee members with a
 * submitted review, a draft, none yet, a conflict, no assignment; the author; a visitor), every
 * channel of {@link ReviewChannels} is asked about one submission two others have reviewed, and
 * its answer checked against the table below and against ReviewPolicy's predicates.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIndependenceIT {

    private static final ReviewContent COMPLETE = new ReviewContent(
            Map.of("relevance", 4, "originality", 3, "clarity", 4, "practice", 5), 3, 2, "Klar og nyttig.", "Passer i sporet.");
    private static final ReviewContent LOW = new ReviewContent(
            Map.of("relevance", 1, "originality", 2, "clarity", 1, "practice", 2), 1, 3, "For tyndt.", "Svag metode.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ReviewService reviews;
    @Inject
    ReviewReading reading;
    @Inject
    ReviewPolicy policy;
    @Inject
    BiddingService bidding;
    @Inject
    SearchService search;
    @Inject
    DecisionService decisions;
    @Inject
    DecisionRanking rankings;
    @Inject
    AuthorDecisions authorDecisions;
    @Inject
    DecisionExport exports;
    @Inject
    ReviewFormService forms;
    @Inject
    PersonalDataExport personalData;
    @Inject
    AuditService audit;

    /** Who asks, and how far their own review of the submission is. */
    enum Who {
        CHAIR, SUBMITTED, DRAFTED, NOT_STARTED, CONFLICTED, UNASSIGNED, AUTHOR, VISITOR
    }

    /** One conference in one setting, with a submission two others have reviewed and a person in every role. */
    private record World(Fixtures.Conference c, boolean othersVisible, Long target, Map<Who, Actor> actors,
            Map<Who, Long> assignments) {
    }

    /** What the table says a person may learn, independently of the code under test. */
    private record Expect(boolean scores, boolean sortByScore, boolean findsTarget, boolean page, boolean others,
            boolean discussion, boolean chairsReading) {

        static Expect of(Who who, boolean othersVisible) {
            boolean assigned = who == Who.SUBMITTED || who == Who.DRAFTED || who == Who.NOT_STARTED;
            boolean committee = assigned || who == Who.UNASSIGNED || who == Who.CONFLICTED;
            boolean chair = who == Who.CHAIR;
            return new Expect(chair || (who == Who.SUBMITTED && othersVisible), chair,
                    chair || (committee && who != Who.CONFLICTED), assigned, who == Who.SUBMITTED && othersVisible,
                    who == Who.SUBMITTED, chair);
        }
    }

    @Test
    void everyChannelTellsEachPersonOnlyWhatTheReviewPolicyAllows() {
        List<String> failures = new ArrayList<>();
        int probes = 0;
        for (boolean blind : List.of(true, false)) {
            for (boolean othersVisible : List.of(true, false)) {
                World w = world(blind, othersVisible);
                for (Who who : Who.values()) {
                    Expect e = Expect.of(who, othersVisible);
                    for (ReviewChannels channel : ReviewChannels.values()) {
                        List<String> wrong = switch (channel) {
                            case POLICY -> policy(w, who, e);
                            case SEARCH -> search(w, who, e);
                            case REVIEW_PAGE -> reviewPage(w, who, e);
                            case DECISIONS -> decisions(w, who, e);
                            case REVIEW_FORM -> reviewForm(w, who, e);
                            case PERSONAL_DATA -> personalData(w, who);
                            case AUDIT_LOG -> auditLog(w, who, e);
                        };
                        probes++;
                        String where = "blind=" + blind + " othersVisible=" + othersVisible + " " + who + " " + channel + ": ";
                        wrong.forEach(x -> failures.add(where + x));
                    }
                }
            }
        }
        assertEquals(4 * Who.values().length * ReviewChannels.values().length, probes);
        assertEquals(List.of(), failures);
    }

    private World world(boolean blind, boolean othersVisible) {
        Fixtures.Conference c = fixtures.conference("it-ind", blind, othersVisible);
        Actor author = fixtures.person("Hanne Skov", "Aarhus Kommune");
        Long target = fixtures.submit(c, author, "Tværfagligt samarbejde om udsatte børn",
                "Hvordan socialrådgivere og lærere deler viden i praksis.");
        Map<Who, Actor> actors = new EnumMap<>(Who.class);
        actors.put(Who.CHAIR, c.chair());
        actors.put(Who.AUTHOR, author);
        actors.put(Who.VISITOR, Actor.VISITOR);
        Map<Who, Long> assignments = new EnumMap<>(Who.class);
        for (Who who : List.of(Who.SUBMITTED, Who.DRAFTED, Who.NOT_STARTED, Who.CONFLICTED, Who.UNASSIGNED)) {
            Actor r = fixtures.reviewer(c, "Reviewer " + who.name().toLowerCase(), "Universitet " + who.ordinal());
            actors.put(who, r);
            if (who != Who.UNASSIGNED) {
                assignments.put(who, fixtures.assign(c, r, target));
            }
        }
        // Two others' submitted reviews: the judgement nobody else may learn before their own is in.
        for (String other : List.of("A", "B")) {
            Actor r = fixtures.reviewer(c, "Reviewer " + other, "Högskolan " + other);
            Long assignment = fixtures.assign(c, r, target);
            reviews.save(r, assignment, ReviewKind.REVIEW, other.equals("A") ? COMPLETE : LOW, -1, true, Language.EN);
            reviews.discuss(r, assignment, "Metoden er svag, men emnet vigtigt.");
        }
        reviews.save(actors.get(Who.SUBMITTED), assignments.get(Who.SUBMITTED), ReviewKind.REVIEW, COMPLETE, -1, true,
                Language.EN);
        reviews.save(actors.get(Who.DRAFTED), assignments.get(Who.DRAFTED), ReviewKind.REVIEW,
                new ReviewContent(Map.of("relevance", 3), null, null, "", ""), -1, false, Language.EN);
        bidding.bid(actors.get(Who.CONFLICTED), target, BidPreference.CONFLICT);
        return new World(c, othersVisible, target, actors, assignments);
    }

    private List<String> policy(World w, Who who, Expect e) {
        List<String> wrong = new ArrayList<>();
        Actor a = w.actors().get(who);
        check(wrong, "canSeeScores", e.scores(), policy.canSeeScores(a, w.c().id(), who == Who.SUBMITTED, w.othersVisible()));
        check(wrong, "canSortByScore", e.sortByScore(), policy.canSortByScore(a, w.c().id()));
        check(wrong, "canReadAllReviews", e.chairsReading(), policy.canReadAllReviews(a, w.c().id()));
        return wrong;
    }

    private List<String> search(World w, Who who, Expect e) {
        List<String> wrong = new ArrayList<>();
        Actor a = w.actors().get(who);
        for (SearchSort sort : SearchSort.values()) {
            SearchResults r = search.search(a, w.c().acronym(), "socialrådgivere", sort, 1, Language.EN);
            Optional<SearchResults.Hit> hit = r.hits().stream().filter(h -> h.id().equals(w.target())).findFirst();
            check(wrong, "finds the submission (" + sort + ")", e.findsTarget(), hit.isPresent());
            hit.ifPresent(h -> check(wrong, "sees its mean score (" + sort + ")", e.scores(), h.score() != null));
            hit.ifPresent(h -> check(wrong, "sees its authors (" + sort + ")", who == Who.CHAIR, h.authors() != null));
            boolean refusedSort = r.notices().stream().map(SearchQuery.Notice::key)
                    .anyMatch("search.scoreSortChairsOnly"::equals);
            if (sort == SearchSort.SCORE && e.findsTarget()) {
                check(wrong, "orders by score", e.sortByScore(), !refusedSort);
            }
        }
        return wrong;
    }

    private List<String> reviewPage(World w, Who who, Expect e) {
        List<String> wrong = new ArrayList<>();
        Actor a = w.actors().get(who);
        Long assignment = w.assignments().get(who);
        if (assignment == null) {
            // Someone else's assignment: every page is "not found".
            assignment = w.assignments().get(Who.SUBMITTED);
        }
        Long asked = assignment;
        Optional<ReviewViews.Page> page = answer(() -> reviews.page(a, asked, Language.EN));
        check(wrong, "opens the review page", e.page(), page.isPresent());
        page.ifPresent(p -> {
            check(wrong, "reads the other reviews", e.others(), !p.others().isEmpty());
            check(wrong, "reads the discussion", e.discussion(), !p.discussion().isEmpty());
            check(wrong, "sees names of other reviewers", false, p.others().stream().anyMatch(ReviewViews.Other::named));
        });
        Optional<ReviewViews.ForChairs> full = answer(() -> reading.forChairs(a, w.target(), Language.EN));
        check(wrong, "reads every review in full", e.chairsReading(), full.isPresent());
        full.ifPresent(f -> check(wrong, "chairs read both submitted reviews with their committee comments", true,
                f.reviews().stream().filter(ReviewViews.Full::submitted).filter(r -> !r.toCommittee().isBlank()).count() >= 2));
        return wrong;
    }

    private List<String> decisions(World w, Who who, Expect e) {
        List<String> wrong = new ArrayList<>();
        Actor a = w.actors().get(who);
        check(wrong, "reads the ranking", e.chairsReading(),
                answer(() -> rankings.ranking(a, w.c().acronym(), Language.EN)).isPresent());
        check(wrong, "exports the ranking", e.chairsReading(),
                answer(() -> exports.csv(a, w.c().acronym(), Language.EN)).isPresent());
        // Before the authors are told, nobody reads a decision's reviews as an author.
        check(wrong, "reads reviews as an author", false,
                answer(() -> authorDecisions.forAuthor(a, w.target(), Language.EN)).isPresent());
        return wrong;
    }

    private List<String> reviewForm(World w, Who who, Expect e) {
        Actor a = w.actors().get(who);
        List<String> wrong = new ArrayList<>();
        // Saving the same form again changes nothing, and is the chairs' alone.
        check(wrong, "edits the review form", e.chairsReading(), answer(() -> {
            forms.define(a, w.c().acronym(), ReviewFormDefinition.defaults(), w.othersVisible(), null, Language.EN);
            return true;
        }).isPresent());
        return wrong;
    }

    /**
     * A person's own ZIP holds a review of the target exactly when they wrote one (submitted or
     * draft), and never a word or score of the others' reviews, whatever the settings.
     */
    private List<String> personalData(World w, Who who) {
        List<String> wrong = new ArrayList<>();
        Optional<String> reviewsJson = answer(() -> entry(personalData.zip(w.actors().get(who)), "reviews.json"));
        check(wrong, "downloads own data", who != Who.VISITOR, reviewsJson.isPresent());
        String json = reviewsJson.orElse("[]");
        check(wrong, "finds a review of the target in own data", who == Who.SUBMITTED || who == Who.DRAFTED,
                Json.createReader(new StringReader(json)).readArray().stream()
                        .anyMatch(r -> r.asJsonObject().getJsonNumber("submission").longValue() == w.target()));
        check(wrong, "finds another reviewer's words in own data", false, json.contains("For tyndt.")
                || json.contains("Svag metode.") || (who != Who.SUBMITTED && json.contains("Klar og nyttig.")));
        return wrong;
    }

    /** The conference's log, with the scores each review entry records, is read by its chairs and nobody else. */
    private List<String> auditLog(World w, Who who, Expect e) {
        List<String> wrong = new ArrayList<>();
        Optional<AuditService.Page> log = answer(() -> audit.page(w.actors().get(who), w.c().acronym(),
                new AuditQuery(null, AuditKind.REVIEW_SUBMITTED, w.target(), null, null), 0, 50, Language.EN));
        check(wrong, "reads the log's review entries", e.chairsReading(), log.isPresent());
        log.ifPresent(p -> check(wrong, "finds the scores of the three submitted reviews", true, p.rows().size() == 3
                && p.rows().stream().allMatch(r -> r.changes().contains("relevance:"))));
        return wrong;
    }

    private static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError(name + " is missing");
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static <T> Optional<T> answer(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (DomainException refused) {
            return Optional.empty();
        }
    }

    private static void check(List<String> wrong, String what, boolean expected, boolean actual) {
        if (expected != actual) {
            wrong.add(what + ": expected " + expected + ", was " + actual);
        }
    }
}

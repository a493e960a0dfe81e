package org.samling.review.service;

import org.junit.jupiter.api.Test;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.model.RoleGrant;
import org.samling.identity.service.IdentityPolicy;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.SubmissionPolicy;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review policy, every role against every kind of object: who sees a submission under review
 * (and which), who sees its authors in a blind and in an open call, who reads the others' reviews,
 * who sees which reviewer wrote what, who joins the discussion, which PDF the committee may have.
 */
class ReviewPolicyTest {

    private static final long CONF = 1, OTHER_CONF = 2;
    private static final long OWNER = 10, COAUTHOR = 11, REVIEWER = 20, CONFLICTED = 21, OTHER_REVIEWER = 22,
            CHAIR = 30, OTHER_CHAIR = 31, ADMIN = 40, STRANGER = 50;

    private static final Map<Long, List<RoleGrant>> GRANTS = Map.of(
            REVIEWER, List.of(new RoleGrant(REVIEWER, Role.REVIEWER, CONF)),
            CONFLICTED, List.of(new RoleGrant(CONFLICTED, Role.REVIEWER, CONF)),
            OTHER_REVIEWER, List.of(new RoleGrant(OTHER_REVIEWER, Role.REVIEWER, OTHER_CONF)),
            CHAIR, List.of(new RoleGrant(CHAIR, Role.CHAIR, CONF)),
            OTHER_CHAIR, List.of(new RoleGrant(OTHER_CHAIR, Role.CHAIR, OTHER_CONF)));

    private final ReviewPolicy policy = policy();

    private static ReviewPolicy policy() {
        Accounts accounts = (Accounts) Proxy.newProxyInstance(Accounts.class.getClassLoader(), new Class<?>[]{Accounts.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("grantsOf")) {
                        return GRANTS.getOrDefault((Long) args[0], List.of());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        IdentityPolicy identity = new IdentityPolicy();
        set(identity, "accounts", accounts);
        SubmissionPolicy submissions = new SubmissionPolicy();
        set(submissions, "identityPolicy", identity);
        ReviewPolicy p = new ReviewPolicy();
        set(p, "identityPolicy", identity);
        set(p, "submissionPolicy", submissions);
        return p;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Actor actor(long id) {
        return new Actor(id, "p" + id + "@example.org", "P" + id, id == ADMIN ? Set.of("user", "admin") : Set.of("user"));
    }

    private static Submission submission(boolean submitted, boolean withdrawn) {
        Submission s = new Submission(CONF, OWNER, Instant.parse("2026-11-01T10:00:00Z"));
        s.edit(new SubmissionContent("T", "A", List.of("k"), AbstractLanguage.DA, 1L, 1L,
                List.of(new Author("Owner", "p10@example.org", "KP", "DK", true),
                        new Author("Co", "P11@Example.org", "KP", "DK", false))),
                Instant.parse("2026-11-01T10:00:00Z"));
        if (submitted) {
            s.submit(Instant.parse("2026-11-02T10:00:00Z"));
        }
        if (withdrawn) {
            s.withdraw(Instant.parse("2026-11-03T10:00:00Z"));
        }
        set(s, "id", 100L);
        return s;
    }

    @Test
    void aSubmittedAbstractIsForItsCommitteeMembersWithoutAConflictOnly() {
        Submission s = submission(true, false);
        Set<Long> conflicted = Set.of(100L);
        Map<Long, Boolean> expected = Map.of(REVIEWER, true, OTHER_REVIEWER, false, OWNER, false, COAUTHOR, false,
                CHAIR, false, OTHER_CHAIR, false, ADMIN, false, STRANGER, false);
        expected.forEach((who, may) -> assertEquals(may, policy.canReview(actor(who), s, Set.of()), "actor " + who));
        assertFalse(policy.canReview(actor(CONFLICTED), s, conflicted), "a conflict hides it");
        assertFalse(policy.canReview(Actor.VISITOR, s, Set.of()));
        assertFalse(policy.canReview(actor(REVIEWER), submission(false, false), Set.of()), "a draft is nobody's business");
        assertFalse(policy.canReview(actor(REVIEWER), submission(true, true), Set.of()), "nor a withdrawn one");
    }

    @Test
    void authorsAreSeenByTheirOwnPeopleAndChairsAndByTheCommitteeOnlyInAnOpenCall() {
        Submission s = submission(true, false);
        for (boolean blind : List.of(true, false)) {
            assertTrue(policy.canSeeAuthors(actor(OWNER), s, blind));
            assertTrue(policy.canSeeAuthors(actor(COAUTHOR), s, blind), "a co-author by address, case aside");
            assertTrue(policy.canSeeAuthors(actor(CHAIR), s, blind));
            assertTrue(policy.canSeeAuthors(actor(ADMIN), s, blind));
            assertFalse(policy.canSeeAuthors(actor(OTHER_CHAIR), s, blind), "a chair of another conference");
            assertFalse(policy.canSeeAuthors(actor(OTHER_REVIEWER), s, blind));
            assertFalse(policy.canSeeAuthors(actor(STRANGER), s, blind));
            assertFalse(policy.canSeeAuthors(Actor.VISITOR, s, blind));
            assertEquals(!blind, policy.canSeeAuthors(actor(REVIEWER), s, blind), "the committee, blind " + blind);
        }
    }

    @Test
    void theOthersReviewsAfterOnesOwnUnlessTheChairTurnedItOffAndReviewerNamesForChairsOnly() {
        assertFalse(policy.canSeeOtherReviews(actor(REVIEWER), CONF, false, true));
        assertTrue(policy.canSeeOtherReviews(actor(REVIEWER), CONF, true, true));
        assertFalse(policy.canSeeOtherReviews(actor(REVIEWER), CONF, true, false));
        assertTrue(policy.canSeeOtherReviews(actor(CHAIR), CONF, false, false));
        assertFalse(policy.canSeeOtherReviews(actor(OTHER_CHAIR), CONF, false, true));

        assertTrue(policy.canSeeReviewerIdentity(actor(CHAIR), CONF));
        for (long who : List.of(REVIEWER, OWNER, COAUTHOR, OTHER_CHAIR, STRANGER)) {
            assertFalse(policy.canSeeReviewerIdentity(actor(who), CONF), "actor " + who);
        }
        assertFalse(policy.canSeeReviewerIdentity(Actor.VISITOR, CONF));

        assertFalse(policy.canDiscuss(actor(REVIEWER), CONF, false));
        assertTrue(policy.canDiscuss(actor(REVIEWER), CONF, true));
        assertTrue(policy.canDiscuss(actor(CHAIR), CONF, false));
        assertFalse(policy.canDiscuss(actor(OTHER_CHAIR), CONF, false));
    }

    @Test
    void theCommitteesScoresAreLearntOnlyAfterOnesOwnReviewAndOnlyChairsOrderByThem() {
        ReviewForm shown = new ReviewForm(CONF, ReviewFormDefinition.defaults(), null);
        ReviewForm hidden = new ReviewForm(CONF, ReviewFormDefinition.defaults(), null);
        hidden.define(ReviewFormDefinition.defaults(), false, null);
        Set<Long> mine = Set.of(100L);

        ScoreVisibility reviewer = policy.scoreVisibility(actor(REVIEWER), CONF, mine, shown);
        assertTrue(reviewer.covers(100L), "her own review is in");
        assertFalse(reviewer.covers(101L), "not before her own review of that one");
        assertFalse(policy.scoreVisibility(actor(REVIEWER), CONF, mine, hidden).covers(100L), "the chair turned it off");
        assertTrue(policy.scoreVisibility(actor(CHAIR), CONF, Set.of(), hidden).covers(101L));
        for (Actor nobody : List.of(actor(OTHER_REVIEWER), actor(OTHER_CHAIR), actor(OWNER), actor(STRANGER), Actor.VISITOR)) {
            assertFalse(policy.scoreVisibility(nobody, CONF, mine, shown).covers(100L), nobody.email());
        }

        assertTrue(policy.canSortByScore(actor(CHAIR), CONF));
        assertTrue(policy.canSortByScore(actor(ADMIN), CONF));
        for (long who : List.of(REVIEWER, OTHER_CHAIR, OWNER, STRANGER)) {
            assertFalse(policy.canSortByScore(actor(who), CONF), "actor " + who);
        }
        assertTrue(policy.canReadAllReviews(actor(CHAIR), CONF));
        assertFalse(policy.canReadAllReviews(actor(REVIEWER), CONF));
    }

    @Test
    void aPdfWhoseTextNamesAnAuthorIsWithheldWhileOneWithOnlyPropertiesIsCleaned() {
        assertTrue(ReviewPolicy.canSeePdf(List.of()));
        assertTrue(ReviewPolicy.canSeePdf(List.of("metadata:Karin Ekström")), "properties are removed from the copy");
        assertFalse(ReviewPolicy.canSeePdf(List.of("metadata:KP", "text:Åse Brøndum")));
    }
}

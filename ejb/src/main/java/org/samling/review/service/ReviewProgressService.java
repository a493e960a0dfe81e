package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Assignment;
import org.samling.review.model.AssignmentState;
import org.samling.review.model.Assignments;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewerReminded;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How far each committee member is with their reviews, for the chairs: a reviewer is late when
 * reviews are missing and the review deadline is past or less than three days away. One click
 * reminds every late reviewer by mail (their language, titles only; the notification context writes it).
 */
@Stateless
public class ReviewProgressService {

    static final Duration SOON = Duration.ofDays(3);

    @Inject
    Assignments assignments;
    @Inject
    Submissions submissions;
    @Inject
    ReviewService reviews;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Event<ReviewerReminded> reminded;
    @Inject
    Clock clock;

    /** One committee member's progress. */
    public record Progress(Long accountId, String name, int assigned, int submitted, int drafted, boolean late) {

        public int missing() {
            return assigned - submitted;
        }
    }

    /** The committee's progress, the late first; with the deadline and the conference's zone. */
    public record Overview(List<Progress> reviewers, Instant deadline, ZoneId zone, long late) {
    }

    public Overview overview(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        ReviewForm form = reviews.formOf(c.id());
        Map<Long, List<Assignment>> byReviewer = assignments.ofConference(c.id()).stream()
                .collect(Collectors.groupingBy(Assignment::getAccountId));
        boolean closeToDeadline = form.getReviewDeadline() != null
                && clock.instant().plus(SOON).isAfter(form.getReviewDeadline());
        List<Progress> out = new ArrayList<>();
        for (Account a : accounts.holders(Role.REVIEWER, c.id())) {
            List<Assignment> mine = byReviewer.getOrDefault(a.getId(), List.of());
            int submitted = (int) mine.stream().filter(x -> x.getState() == AssignmentState.SUBMITTED).count();
            int drafted = (int) mine.stream().filter(x -> x.getState() == AssignmentState.DRAFTED).count();
            out.add(new Progress(a.getId(), a.getName(), mine.size(), submitted, drafted,
                    closeToDeadline && submitted < mine.size()));
        }
        out.sort(Comparator.comparing((Progress p) -> !p.late()).thenComparing(Progress::name));
        return new Overview(out, form.getReviewDeadline(), c.zone(), out.stream().filter(Progress::late).count());
    }

    /** Mails every late reviewer the titles still to review; returns how many were reminded. */
    public int remindLate(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        Overview o = overview(actor, acronym, reader);
        int n = 0;
        for (Progress p : o.reviewers()) {
            if (!p.late()) {
                continue;
            }
            Account a = accounts.find(p.accountId()).orElseThrow();
            List<String> titles = assignments.ofReviewer(c.id(), a.getId()).stream()
                    .filter(x -> x.getState() != AssignmentState.SUBMITTED)
                    .map(x -> submissions.byId(x.getSubmissionId()).map(Submission::getTitle).orElse("")).toList();
            Language l = a.getLanguage() == null ? Language.EN : a.getLanguage();
            String due = o.deadline() == null ? "" : Messages.dateTime(l.locale(), o.deadline(), c.zone());
            reminded.fire(
                    new ReviewerReminded(c.id(), c.acronym(), c.name(), a.getEmail(), a.getName(), l, p.missing(), titles, due));
            n++;
        }
        return n;
    }
}

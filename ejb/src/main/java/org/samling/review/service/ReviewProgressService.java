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
import org.samling.review.model.Committee;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewerReminded;
import org.samling.review.model.ReviewerReminder;
import org.samling.review.model.Reviews;
import org.samling.shared.DomainException;
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
 * How far each committee member is with their reviews, for the chairs: a reviewer is late once the
 * review deadline has passed with reviews missing, and due soon when it is less than three days
 * away. One click reminds every reviewer late or due soon by mail (their language, titles only; the
 * notification context writes it), except those reminded within the chairs' interval.
 */
@Stateless
public class ReviewProgressService {

    static final Duration SOON = Duration.ofDays(3);
    static final int MAX_REMINDER_DAYS = 60;

    @Inject
    Assignments assignments;
    @Inject
    Submissions submissions;
    @Inject
    ReviewService reviews;
    @Inject
    Reviews forms;
    @Inject
    Committee committee;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Event<ReviewerReminded> reminded;
    @Inject
    Clock clock;

    /** One committee member's progress, and when they were last reminded (null: never). */
    public record Progress(Long accountId, String name, int assigned, int submitted, int drafted, boolean late, boolean dueSoon,
            Instant lastReminded, boolean remindable) {

        public int missing() {
            return assigned - submitted;
        }
    }

    /**
     * The committee's progress, the late first, then those due soon; with the deadline, the
     * conference's zone, how many are late and how many a reminder would reach now.
     */
    public record Overview(List<Progress> reviewers, Instant deadline, ZoneId zone, long late, long remindable,
            int reminderDays) {
    }

    /** Where a reviewer stands with the reviews they owe. */
    enum Standing {
        ON_TRACK, DUE_SOON, LATE
    }

    /** Late once the deadline has passed with reviews missing, due soon within three days of it; never without a deadline. */
    static Standing standing(boolean missing, Instant deadline, Instant now) {
        if (!missing || deadline == null) {
            return Standing.ON_TRACK;
        }
        if (now.isAfter(deadline)) {
            return Standing.LATE;
        }
        return now.plus(SOON).isAfter(deadline) ? Standing.DUE_SOON : Standing.ON_TRACK;
    }

    public Overview overview(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        ReviewForm form = reviews.formOf(c.id());
        Map<Long, List<Assignment>> byReviewer = assignments.ofConference(c.id()).stream()
                .collect(Collectors.groupingBy(Assignment::getAccountId));
        Map<Long, ReviewerReminder> reminders = committee.remindersOf(c.id()).stream()
                .collect(Collectors.toMap(ReviewerReminder::getAccountId, r -> r));
        Instant now = clock.instant();
        Instant deadline = form.getReviewDeadline();
        Duration interval = Duration.ofDays(form.getReminderDays());
        List<Progress> out = new ArrayList<>();
        for (Account a : accounts.holders(Role.REVIEWER, c.id())) {
            List<Assignment> mine = byReviewer.getOrDefault(a.getId(), List.of());
            int submitted = (int) mine.stream().filter(x -> x.getState() == AssignmentState.SUBMITTED).count();
            int drafted = (int) mine.stream().filter(x -> x.getState() == AssignmentState.DRAFTED).count();
            Standing standing = standing(submitted < mine.size(), deadline, now);
            boolean late = standing == Standing.LATE;
            boolean dueSoon = standing == Standing.DUE_SOON;
            ReviewerReminder last = reminders.get(a.getId());
            boolean remindable = (late || dueSoon) && (last == null || !last.tooRecent(now, interval));
            out.add(new Progress(a.getId(), a.getName(), mine.size(), submitted, drafted, late, dueSoon,
                    last == null ? null : last.getRemindedAt(), remindable));
        }
        out.sort(Comparator.comparing((Progress p) -> !p.late()).thenComparing(p -> !p.dueSoon()).thenComparing(Progress::name));
        return new Overview(out, deadline, c.zone(), out.stream().filter(Progress::late).count(),
                out.stream().filter(Progress::remindable).count(), form.getReminderDays());
    }

    /** Sets how many days must pass before the same person is reminded again (0 to 60; 0: any time). */
    public void remindEvery(Actor actor, String acronym, Integer days, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        if (days == null || days < 0 || days > MAX_REMINDER_DAYS) {
            throw new DomainException("reminderDays", "call.between", 0, MAX_REMINDER_DAYS);
        }
        ReviewForm form = forms.formOf(c.id()).orElseGet(() -> forms.add(reviews.formOf(c.id())));
        form.remindEvery(days);
    }

    /**
     * Mails every reviewer late or due soon the titles still to review, except those reminded within
     * the interval, and records when; returns how many were reminded.
     */
    public int remindLate(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        Overview o = overview(actor, acronym, reader);
        Map<Long, ReviewerReminder> reminders = committee.remindersOf(c.id()).stream()
                .collect(Collectors.toMap(ReviewerReminder::getAccountId, r -> r));
        Instant now = clock.instant();
        int n = 0;
        for (Progress p : o.reviewers()) {
            if (!p.remindable()) {
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
            ReviewerReminder last = reminders.get(a.getId());
            if (last == null) {
                committee.add(new ReviewerReminder(c.id(), a.getId(), now));
            } else {
                last.remindedAgain(now);
            }
            n++;
        }
        return n;
    }
}

package org.samling.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Outcome;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.Reviews;
import org.samling.review.service.ReviewPolicy;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ScoreLines;
import org.samling.shared.Environment;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the authors are told of a decision: one mail per author with an address, in their language,
 * from the chairs' template, with what they may read of the reviews (never a reviewer's name or a
 * comment meant for the committee). Runs in the caller's transaction.
 */
@ApplicationScoped
public class DecisionLetters {

    @Inject
    Assignments assignments;
    @Inject
    Reviews reviews;
    @Inject
    ReviewService reviewService;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    DecisionTemplates templates;

    List<DecisionViews.Mail> mails(Submission s, Decision d, ConferenceView c) {
        List<DecisionViews.Mail> out = new ArrayList<>();
        for (Author a : s.getAuthors()) {
            if (a.getEmail() == null || a.getEmail().isBlank()) {
                continue;
            }
            Language l = languageOf(a.getEmail(), s.content().language());
            String[] text = templates.fill(c.id(), template(d), l, values(s, d, c, l, a.getEmail()));
            out.add(new DecisionViews.Mail(a.getEmail(), l.code(), text[0], text[1]));
        }
        return out;
    }

    static String template(Decision d) {
        return switch (d.getOutcome()) {
            case ACCEPT -> "decisionAccept";
            case REJECT -> "decisionReject";
            case WAITLIST -> "decisionWaitlist";
        };
    }

    /** The values of the decision mail's named placeholders (TemplateText) for one author. */
    private Map<String, String> values(Submission s, Decision d, ConferenceView c, Language l, String email) {
        String name = s.getAuthors().stream().filter(a -> email.equalsIgnoreCase(a.getEmail())).findFirst()
                .map(Author::getName).orElse(email);
        String comments = String.join("\n\n", reviews(s, l).stream().map(DecisionViews.AuthorReview::asText).toList());
        Instant due = conferences.callOf(c.id()).map(Call::getFinalVersionDeadline).orElse(null);
        String acceptedAs = acceptedAs(s, d, l);
        return Map.of("author", name, "title", s.getTitle(), "conference", c.name(), "acceptedAs",
                acceptedAs == null ? "" : acceptedAs, "comments",
                comments.isBlank() ? Messages.get(l, "decision.noComments") : comments, "deadline",
                due == null ? "" : Messages.dateTime(l.locale(), due, c.zone()), "link",
                Environment.baseUrl() + "/author/decision.xhtml?id=" + s.getId(), "correction",
                d.correction() ? Messages.get(l, "decision.correctionLine") + "\n\n" : "");
    }

    /** The author's own language if they have an account, else the abstract's, else English. */
    private Language languageOf(String email, AbstractLanguage abstractLanguage) {
        Optional<Account> a = accounts.findByEmail(email);
        if (a.isPresent() && a.get().getLanguage() != null) {
            return a.get().getLanguage();
        }
        return abstractLanguage == null ? Language.EN : Language.fromTag(abstractLanguage.name()).orElse(Language.EN);
    }

    /** The type it was accepted as ("Paper"), or null if not accepted. */
    String acceptedAs(Submission s, Decision d, Language reader) {
        if (d.getOutcome() != Outcome.ACCEPT) {
            return null;
        }
        Long typeId = d.getAcceptedTypeId() == null ? s.getTypeId() : d.getAcceptedTypeId();
        ConferenceView c = conferences.byId(s.getConferenceId(), reader).orElseThrow();
        return conferences.callDetails(c.acronym(), reader).orElseThrow().types().stream().filter(t -> t.id().equals(typeId))
                .findFirst().map(t -> Messages.get(reader, "submission.kind." + t.kind().name())).orElse(null);
    }

    /**
     * What the authors may read of the reviews (ReviewPolicy.forAuthors and authorsSeeScores):
     * "Review 1", "Review 2" with their comments to the authors and, if the chairs show them, the
     * scores by criterion and the recommendation; then the meta-review.
     */
    List<DecisionViews.AuthorReview> reviews(Submission s, Language language) {
        List<Long> ids = assignments.ofSubmission(s.getId()).stream().map(Assignment::getId).toList();
        ReviewForm form = reviewService.formOf(s.getConferenceId());
        ReviewFormDefinition definition = form.definition();
        List<DecisionViews.AuthorReview> out = new ArrayList<>();
        int n = 0;
        DecisionViews.AuthorReview meta = null;
        for (Review r : reviews.ofAssignments(ids)) {
            Optional<String> text = ReviewPolicy.forAuthors(r);
            List<String> scores = ReviewPolicy.authorsSeeScores(r, form)
                    ? scoreLines(r.content(), definition, language)
                    : List.of();
            if (text.isEmpty() && scores.isEmpty()) {
                continue;
            }
            if (r.getKind() == ReviewKind.META) {
                meta = new DecisionViews.AuthorReview(Messages.get(language, "decision.metaReview"), text.orElse(""), scores);
            } else {
                out.add(new DecisionViews.AuthorReview(Messages.get(language, "decision.review", ++n), text.orElse(""), scores));
            }
        }
        if (meta != null) {
            out.add(meta);
        }
        return out;
    }

    /** The score lines as the chairs read them, then "Recommendation: Accept". */
    private static List<String> scoreLines(ReviewContent rc, ReviewFormDefinition form, Language l) {
        List<String> lines = new ArrayList<>(ScoreLines.of(rc, form, l));
        if (rc.recommendation() != null) {
            form.recommendation().stream().filter(p -> p.value() == rc.recommendation()).findFirst()
                    .ifPresent(p -> lines.add(Messages.get(l, "decision.recommendationLine", p.label(l))));
        }
        return lines;
    }
}

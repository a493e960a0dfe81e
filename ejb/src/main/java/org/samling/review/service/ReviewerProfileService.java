package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Committee;
import org.samling.review.model.ReviewerProfile;
import org.samling.review.model.ReviewerProfileForm;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A committee member's profile for one conference: expertise, languages, declared conflicts. */
@Stateless
public class ReviewerProfileService {

    @Inject
    ReviewPolicy policy;
    @Inject
    Committee committee;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;

    /** The profile as saved, or a first one: the reviewer's own language and English. */
    public ReviewerProfileForm profile(Actor actor, String acronym, Language reader) {
        CallDetails call = memberOf(actor, acronym, reader);
        Account me = accounts.require(actor);
        return committee.profileOf(call.conference().id(), me.getId()).map(ReviewerProfile::form)
                .orElseGet(() -> new ReviewerProfileForm(new LinkedHashSet<>(), EnumSet.of(AbstractLanguage.EN,
                        AbstractLanguage.valueOf(me.getLanguage().name())), List.of(), "", List.of(), List.of()));
    }

    public void save(Actor actor, String acronym, ReviewerProfileForm form, Language reader) {
        CallDetails call = memberOf(actor, acronym, reader);
        Set<Long> callTracks = call.tracks().stream().map(CallDetails.TrackView::id).collect(Collectors.toSet());
        form.check(callTracks).throwIfAny();
        Account me = accounts.require(actor);
        ReviewerProfile p = committee.profileOf(call.conference().id(), me.getId())
                .orElseGet(() -> committee.add(new ReviewerProfile(call.conference().id(), me.getId(), clock.instant())));
        p.update(form, clock.instant());
    }

    private CallDetails memberOf(Actor actor, String acronym, Language reader) {
        CallDetails call = conferences.callDetails(acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        if (!policy.isCommitteeMember(actor, call.conference().id())) {
            throw new DomainException(null, "auth.forbidden");
        }
        return call;
    }
}

package org.samling.conference.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.CallPhase;
import org.samling.conference.model.Catalogue;
import org.samling.conference.model.Conference;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.model.Conferences;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The public face of conferences: open calls, one conference's page, a chair's conferences. */
@Stateless
public class ConferenceService {

    @Inject
    Conferences conferences;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    Clock clock;
    @Inject
    ChairCheck chairs;

    public List<ConferenceView> openCalls(Language reader) {
        Instant now = clock.instant();
        return conferences.openCallsAt(now).stream().map(c -> view(c.getConference(), Optional.of(c), reader, now)).toList();
    }

    public Optional<ConferenceView> byAcronym(String acronym, Language reader) {
        Instant now = clock.instant();
        return conferences.byAcronym(acronym).map(c -> view(c, conferences.callOf(c.getId()), reader, now));
    }

    /** A conference's call with its tracks, types and limits; empty if there is no such call. */
    public Optional<CallDetails> callDetails(String acronym, Language reader) {
        Instant now = clock.instant();
        return conferences.byAcronym(acronym).flatMap(c -> conferences.callOf(c.getId()).map(call -> new CallDetails(
                view(c, Optional.of(call), reader, now), trackViews(c.getId(), reader), typeViews(c.getId()),
                call.getWordLimit(), call.getMaxKeywords(), call.getMaxAuthors(), call.getPdfPolicy(), call.isBlind())));
    }

    /** A conference's tracks and types by its acronym (three queries: what every search reads). */
    public Optional<Catalogue> catalogue(String acronym, Language reader) {
        return conferences.byAcronym(acronym)
                .map(c -> new Catalogue(c.getId(), trackViews(c.getId(), reader), typeViews(c.getId())));
    }

    private List<CallDetails.TrackView> trackViews(Long conferenceId, Language reader) {
        return conferences.tracksOf(conferenceId).stream().map(t -> new CallDetails.TrackView(t.getId(), t.nameIn(reader)))
                .toList();
    }

    private List<CallDetails.TypeView> typeViews(Long conferenceId) {
        return conferences.typesOf(conferenceId).stream()
                .map(t -> new CallDetails.TypeView(t.getId(), t.getKind(), t.getMinutes(), t.getCapacity())).toList();
    }

    /** A conference's languages, the first being the one its printed programme is in. */
    public List<Language> languagesOf(Long conferenceId) {
        return conferences.byId(conferenceId).map(c -> List.copyOf(c.getLanguages())).orElse(List.of());
    }

    /** One conference by id, in the reader's language. */
    public Optional<ConferenceView> byId(Long id, Language reader) {
        Instant now = clock.instant();
        return conferences.byId(id).map(c -> view(c, conferences.callOf(c.getId()), reader, now));
    }

    /** The call of a conference by id: the submission context asks it for deadlines and limits. */
    public Optional<Call> callOf(Long conferenceId) {
        return conferences.callOf(conferenceId);
    }

    /**
     * A conference the actor chairs, for the chairs' pages of other contexts (committee,
     * conflicts); refused with "not found" or "forbidden".
     */
    public ConferenceView chaired(Actor actor, String acronym, Language reader) {
        Conference c = chairs.conference(actor, acronym);
        return view(c, conferences.callOf(c.getId()), reader, clock.instant());
    }

    /** The same check for a conference known by its id (a submission's, a run's). */
    public ConferenceView chaired(Actor actor, Long conferenceId, Language reader) {
        return chaired(actor, byId(conferenceId, reader).orElseThrow(() -> new DomainException(null, "conference.notFound"))
                .acronym(), reader);
    }

    /** The conferences an actor chairs (all of them for an admin). */
    public List<ConferenceView> chairedBy(Actor actor, Language reader) {
        if (!identityPolicy.canEnterChairArea(actor)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> ids = identityPolicy.conferencesWhere(actor.accountId(), Role.CHAIR);
        List<Conference> list = actor.isAdmin() ? conferences.all() : conferences.byIds(ids);
        return list.stream().map(c -> view(c, conferences.callOf(c.getId()), reader, now)).toList();
    }

    private static ConferenceView view(Conference c, Optional<Call> call, Language reader, Instant now) {
        return new ConferenceView(c.getId(), c.getAcronym(), c.getName(), c.getVenue(), c.zone(),
                c.getFirstDay(), c.getLastDay(), c.descriptionIn(reader),
                call.map(Call::getOpensAt).orElse(null), call.map(Call::getDeadline).orElse(null),
                call.map(Call::closesAt).orElse(null), call.map(x -> x.phaseAt(now)).orElse(CallPhase.CLOSED));
    }

    /** The conferences whose committee an actor sits on. */
    public List<ConferenceView> reviewedBy(Actor actor, Language reader) {
        if (actor == null || actor.isVisitor()) {
            return List.of();
        }
        Instant now = clock.instant();
        return conferences.byIds(identityPolicy.conferencesWhere(actor.accountId(), Role.REVIEWER)).stream()
                .map(c -> view(c, conferences.callOf(c.getId()), reader, now)).toList();
    }

}

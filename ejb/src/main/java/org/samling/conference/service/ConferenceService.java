package org.samling.conference.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.CallSettings;
import org.samling.conference.model.CallPhase;
import org.samling.conference.model.Conference;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.model.Conferences;
import org.samling.conference.model.SubmissionKind;
import org.samling.conference.model.SubmissionType;
import org.samling.conference.model.Track;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The public face of conferences: open calls, one conference's page, a chair's conferences. */
@Stateless
public class ConferenceService {

    @Inject
    Conferences conferences;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    Clock clock;

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
                view(c, Optional.of(call), reader, now),
                conferences.tracksOf(c.getId()).stream().map(t -> new CallDetails.TrackView(t.getId(), t.nameIn(reader))).toList(),
                conferences.typesOf(c.getId()).stream()
                        .map(t -> new CallDetails.TypeView(t.getId(), t.getKind(), t.getMinutes())).toList(),
                call.getWordLimit(), call.getMaxKeywords(), call.getMaxAuthors(), call.getPdfPolicy(), call.isBlind())));
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

    /** Adds tracks (names per language) and submission types to a conference's call. */
    public void addTracksAndTypes(Long conferenceId, List<Map<Language, String>> tracks,
                                  List<Map.Entry<SubmissionKind, Integer>> types) {
        Conference c = conferences.byId(conferenceId).orElseThrow(() -> new DomainException(
                "acronym", "conference.notFound"));
        int position = conferences.tracksOf(conferenceId).size();
        for (var names : tracks) {
            conferences.add(new Track(c, ++position, names));
        }
        position = conferences.typesOf(conferenceId).size();
        for (var t : types) {
            conferences.add(new SubmissionType(c, t.getKey(), t.getValue(), ++position));
        }
    }

    /** The call's settings, for its chairs. */
    public CallSettings callSettings(Actor actor, String acronym) {
        return chairsCall(actor, acronym).settings();
    }

    /** Changes the call's settings; only a chair of this conference may, and only valid ones. */
    public void configureCall(Actor actor, String acronym, CallSettings settings) {
        Call call = chairsCall(actor, acronym);
        settings.check(call.getConference().zone()).throwIfAny();
        call.configure(settings);
    }

    private Call chairsCall(Actor actor, String acronym) {
        Conference c = conferences.byAcronym(acronym)
                .orElseThrow(() -> new DomainException("acronym", "conference.notFound"));
        if (!identityPolicy.isChairOf(actor, c.getId())) {
            throw new DomainException(null, "auth.forbidden");
        }
        return conferences.callOf(c.getId())
                .orElseThrow(() -> new DomainException("acronym", "conference.notFound"));
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

    /**
     * Stores a new conference with its call. The chair's set-up form (with its checks) builds on
     * this; the demo data uses it directly.
     */
    public Conference setUp(Conference conference, Function<Conference, Call> call) {
        if (conferences.byAcronym(conference.getAcronym()).isPresent()) {
            throw new DomainException("acronym", "conference.acronymTaken");
        }
        conferences.add(conference);
        conferences.add(call.apply(conference));
        return conference;
    }
}

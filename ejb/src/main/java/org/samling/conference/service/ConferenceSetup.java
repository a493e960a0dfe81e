package org.samling.conference.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallSettings;
import org.samling.conference.model.Conference;
import org.samling.conference.model.ConferenceSettings;
import org.samling.conference.model.Conferences;
import org.samling.conference.model.SubmissionKind;
import org.samling.conference.model.SubmissionType;
import org.samling.conference.model.Track;
import org.samling.conference.model.TrackEdit;
import org.samling.conference.model.TrackUsage;
import org.samling.conference.model.TypeEdit;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Setting a conference up and changing it: a new conference with its call, the conference's and
 * the call's settings, the tracks (names per language) and submission types. Only its chairs
 * change a conference (an admin may create one).
 */
@Stateless
public class ConferenceSetup {

    @Inject
    Event<Audited> audited;
    @Inject
    Conferences conferences;
    @Inject
    ChairCheck chairs;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    AccountService accounts;
    @Inject
    TrackUsage trackUsage;
    @Inject
    Clock clock;

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
        audited.fire(Audited.of(AuditKind.SETTINGS_CHANGED, actor.accountId(), call.getConference().getId())
                .change("settings", null, "call").changes(call.settings(), settings));
        call.configure(settings);
    }

    private Call chairsCall(Actor actor, String acronym) {
        return conferences.callOf(chairs.conference(actor, acronym).getId())
                .orElseThrow(() -> new DomainException("acronym", "conference.notFound"));
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

    /**
     * A new conference, set up by someone who chairs (or an admin), who becomes its chair. It gets
     * a call to adjust under Call settings: opening now, deadline in two months at 23:59 in the
     * conference's zone, 300 words, optional PDF, blind review.
     */
    public String create(Actor actor, ConferenceSettings settings) {
        if (!identityPolicy.canEnterChairArea(actor)) {
            throw new DomainException(null, "auth.forbidden");
        }
        Violations v = settings.check();
        if (!v.has("acronym") && conferences.byAcronym(settings.normalisedAcronym()).isPresent()) {
            v.add("acronym", "conference.acronymTaken");
        }
        v.throwIfAny();
        ZoneId zone = settings.zone();
        Conference c = new Conference(settings.normalisedAcronym(), settings.name().strip(), null, zone,
                settings.firstDay(), settings.lastDay(), settings.languages());
        c.configure(settings);
        Instant now = clock.instant();
        Instant deadline = now.atZone(zone).toLocalDate().plusMonths(2).atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
        setUp(c, conference -> new Call(conference, now, deadline, 0, null, null, 300));
        if (!actor.isAdmin()) {
            accounts.grant(actor.accountId(), actor.accountId(), Role.CHAIR, c.getId());
        }
        return c.getAcronym();
    }

    /** The conference's settings, for its chairs. */
    public ConferenceSettings conferenceSettings(Actor actor, String acronym) {
        return chairs.conference(actor, acronym).settings();
    }

    /** Changes name, venue, time zone, days, languages and descriptions; the acronym stays. */
    public void configureConference(Actor actor, String acronym, ConferenceSettings settings) {
        Conference c = chairs.conference(actor, acronym);
        ConferenceSettings fixed = new ConferenceSettings(c.getAcronym(), settings.name(), settings.venue(),
                settings.timeZone(), settings.firstDay(), settings.lastDay(), settings.languages(), settings.descriptions());
        fixed.check().throwIfAny();
        audited.fire(Audited.of(AuditKind.SETTINGS_CHANGED, actor.accountId(), c.getId())
                .change("settings", null, "conference").changes(c.settings(), fixed));
        c.configure(fixed);
    }

    /** The tracks with their names in every language, for the chair's editor. */
    public List<TrackEdit> trackEdits(Actor actor, String acronym) {
        Conference c = chairs.conference(actor, acronym);
        return conferences.tracksOf(c.getId()).stream().map(t -> new TrackEdit(t.getId(), t.getNames())).toList();
    }

    public List<TypeEdit> typeEdits(Actor actor, String acronym) {
        Conference c = chairs.conference(actor, acronym);
        return conferences.typesOf(c.getId()).stream()
                .map(t -> new TypeEdit(t.getId(), t.getKind(), t.getMinutes(), t.getCapacity())).toList();
    }

    /**
     * Replaces the tracks with the list given, in its order: new ones are added, changed ones
     * renamed, missing ones removed unless submissions use them (then nothing changes and the
     * message names the track). Row numbers in messages count from 1.
     */
    public void saveTracks(Actor actor, String acronym, List<TrackEdit> edits, Language reader) {
        Conference c = chairs.conference(actor, acronym);
        Violations v = new Violations();
        List<Map<Language, String>> cleaned = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (var e : edits.get(i).names().entrySet()) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    if (e.getValue().strip().length() > 200) {
                        v.add("tracks", "track.nameTooLong", i + 1, 200);
                    }
                    names.put(e.getKey(), e.getValue().strip());
                }
            }
            if (names.isEmpty()) {
                v.add("tracks", "track.noName", i + 1);
            }
            cleaned.add(names);
        }
        if (edits.isEmpty()) {
            v.add("tracks", "track.atLeastOne");
        }
        List<Track> existing = conferences.tracksOf(c.getId());
        Set<Long> kept = new HashSet<>();
        edits.forEach(e -> kept.add(e.id()));
        for (Track t : existing) {
            if (!kept.contains(t.getId())) {
                long used = trackUsage.submissionsWithTrack(t.getId());
                if (used > 0) {
                    v.add("tracks", "track.inUse", t.nameIn(reader), used);
                }
            }
        }
        v.throwIfAny();
        for (Track t : existing) {
            if (!kept.contains(t.getId())) {
                conferences.remove(t);
            }
        }
        for (int i = 0; i < edits.size(); i++) {
            Long id = edits.get(i).id();
            Track t = id == null ? null : existing.stream().filter(x -> x.getId().equals(id)).findFirst().orElse(null);
            if (t == null) {
                conferences.add(new Track(c, i + 1, cleaned.get(i)));
            } else {
                t.rename(cleaned.get(i));
                t.moveTo(i + 1);
            }
        }
    }

    /** As {@link #saveTracks}, for the submission types: a kind, a length of 5 to 480 minutes, and a capacity or none. */
    public void saveTypes(Actor actor, String acronym, List<TypeEdit> edits, Language reader) {
        Conference c = chairs.conference(actor, acronym);
        Violations v = new Violations();
        for (int i = 0; i < edits.size(); i++) {
            TypeEdit e = edits.get(i);
            if (e.kind() == null) {
                v.add("types", "type.noKind", i + 1);
            }
            if (e.minutes() == null || e.minutes() < 5 || e.minutes() > 480) {
                v.add("types", "type.minutes", i + 1, 5, 480);
            }
            if (e.capacity() != null && (e.capacity() < 0 || e.capacity() > 100_000)) {
                v.add("types", "type.capacity", i + 1, 0, 100_000);
            }
        }
        if (edits.isEmpty()) {
            v.add("types", "type.atLeastOne");
        }
        List<SubmissionType> existing = conferences.typesOf(c.getId());
        Set<Long> kept = new HashSet<>();
        edits.forEach(e -> kept.add(e.id()));
        for (SubmissionType t : existing) {
            if (!kept.contains(t.getId())) {
                long used = trackUsage.submissionsWithType(t.getId());
                if (used > 0) {
                    v.add("types", "type.inUse",
                            Messages.get(reader, "submission.kind." + t.getKind().name()), t.getMinutes(), used);
                }
            }
        }
        v.throwIfAny();
        for (SubmissionType t : existing) {
            if (!kept.contains(t.getId())) {
                conferences.remove(t);
            }
        }
        for (int i = 0; i < edits.size(); i++) {
            TypeEdit e = edits.get(i);
            SubmissionType t = e.id() == null
                    ? null
                    : existing.stream().filter(x -> x.getId().equals(e.id())).findFirst().orElse(null);
            if (t == null) {
                t = new SubmissionType(c, e.kind(), e.minutes(), i + 1);
                conferences.add(t);
            } else {
                t.change(e.kind(), e.minutes(), i + 1);
            }
            t.limitTo(e.capacity());
        }
    }
}

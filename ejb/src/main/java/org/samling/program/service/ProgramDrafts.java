package org.samling.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Decisions;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.program.model.Clash;
import org.samling.program.model.ClashRules;
import org.samling.program.model.ExpectedAudience;
import org.samling.program.model.ProgramItem;
import org.samling.program.model.ProgramSession;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.model.Programs;
import org.samling.shared.DomainException;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The draft programme as the chairs' use cases read it: its snapshot (what a release would hold),
 * its clashes, the conference's submissions and decisions, and the conference's own entities.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class ProgramDrafts {

    @Inject
    ConferenceService conferenceService;
    @Inject
    Programs programs;
    @Inject
    Submissions submissions;
    @Inject
    Decisions decisions;
    @Inject
    ProgramPolicy policy;
    /** Registration's counts, when that context is there (an interface here, so the programme does not depend on it). */
    @Inject
    Instance<ExpectedAudience> audience;

    ProgramSnapshot draft(Long conferenceId, Map<Long, Submission> subs) {
        Map<Long, Decision> ds = decisionsOf(conferenceId);
        List<ProgramSnapshot.BlockView> blocks = programs.blocks(conferenceId).stream()
                .map(b -> new ProgramSnapshot.BlockView(b.getId(), b.getDay(), b.getStarts(), b.getEnds(), b.getKind(),
                        b.getTitle()))
                .sorted(ProgramSnapshot.IN_TIME).toList();
        List<ProgramSnapshot.RoomView> rooms = programs.rooms(conferenceId).stream()
                .map(r -> new ProgramSnapshot.RoomView(r.getId(), r.getName(), r.getCapacity(), r.getLink())).toList();
        Map<Long, List<ProgramItem>> items = programs.items(conferenceId).stream()
                .collect(Collectors.groupingBy(ProgramItem::getSessionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Integer> blockOrder = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            blockOrder.put(blocks.get(i).id(), i);
        }
        Map<Long, Integer> roomOrder = new HashMap<>();
        for (int i = 0; i < rooms.size(); i++) {
            roomOrder.put(rooms.get(i).id(), i);
        }
        List<ProgramSnapshot.SessionView> sessions = programs.sessions(conferenceId).stream()
                .sorted(Comparator.<ProgramSession>comparingInt(s -> blockOrder.getOrDefault(s.getBlockId(), Integer.MAX_VALUE))
                        .thenComparingInt(
                                s -> s.getRoomId() == null ? Integer.MAX_VALUE : roomOrder.getOrDefault(s.getRoomId(), 0))
                        .thenComparing(ProgramSession::getId))
                .map(s -> new ProgramSnapshot.SessionView(s.getId(), s.getBlockId(), s.getRoomId(), s.getTitle(), s.getTrackId(),
                        s.getChair(), s.isTentative(), items.getOrDefault(s.getId(), List.of()).stream()
                                .map(i -> item(i, subs, ds)).toList()))
                .toList();
        List<ProgramSnapshot.OccurrenceView> occurrences = programs.occurrences(conferenceId).stream()
                .map(o -> new ProgramSnapshot.OccurrenceView(o.getId(), o.getVenue(), o.getFirstDay())).toList();
        return new ProgramSnapshot(blocks, rooms, sessions, occurrences);
    }

    private static ProgramSnapshot.ItemView item(ProgramItem i, Map<Long, Submission> subs, Map<Long, Decision> ds) {
        if (i.getSubmissionId() == null) {
            return new ProgramSnapshot.ItemView(i.getId(), null, i.getTitle(),
                    i.getSpeaker() == null ? List.of() : List.of(i.getSpeaker()), null, i.getMinutes(), i.isTentative());
        }
        Submission s = subs.get(i.getSubmissionId());
        return new ProgramSnapshot.ItemView(i.getId(), s.getId(), s.getTitle(), speakers(s, ds.get(s.getId())), s.getTrackId(),
                i.getMinutes(), i.isTentative());
    }

    /** The clash rules (with registration's expected audience), and the placed submissions no longer accepted. */
    List<Clash> clashes(Long conferenceId, ProgramSnapshot draft, Map<Long, Submission> subs) {
        Map<Long, Integer> expected = audience.isResolvable() ? audience.get().of(conferenceId) : Map.of();
        List<Clash> all = new ArrayList<>(ClashRules.check(draft, expected));
        all.addAll(policy.notAccepted(draft, subs.values().stream()
                .collect(Collectors.toMap(Submission::getId, Submission::getState))));
        return all;
    }

    /** Who presents: the name the authors confirmed, else the authors marked as presenting, else all authors. */
    static List<String> speakers(Submission s, Decision d) {
        if (d != null && d.getPresenterName() != null) {
            return List.of(d.getPresenterName());
        }
        List<String> presenting = s.getAuthors().stream().filter(Author::isPresenting).map(Author::getName).toList();
        return presenting.isEmpty() ? s.getAuthors().stream().map(Author::getName).toList() : presenting;
    }

    /** A submission's length: its accepted type's (the type it was sent as if the decision kept it), 20 if none is set. */
    static int minutes(Submission s, Decision d, CallDetails call) {
        Long type = d != null && d.getAcceptedTypeId() != null ? d.getAcceptedTypeId() : s.getTypeId();
        return call.types().stream().filter(t -> t.id().equals(type)).mapToInt(CallDetails.TypeView::minutes).findFirst()
                .orElse(20);
    }

    Map<Long, Submission> submissionsOf(Long conferenceId) {
        return submissions.ofConference(conferenceId).stream()
                .collect(Collectors.toMap(Submission::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    Map<Long, Decision> decisionsOf(Long conferenceId) {
        return decisions.ofConference(conferenceId).stream()
                .collect(Collectors.toMap(Decision::getSubmissionId, Function.identity(), (a, b) -> a));
    }

    ConferenceView chaired(Actor actor, String acronym) {
        return conferenceService.chaired(actor, acronym, Language.EN);
    }

    CallDetails call(String acronym, Language reader) {
        return conferenceService.callDetails(acronym, reader).orElseThrow(() -> new DomainException(null, "conference.notFound"));
    }

    /** The entity if it belongs to this conference; "not found" at the field otherwise (an id from another conference is not ours). */
    <T> T own(ConferenceView c, Class<T> type, Long id, String field, Function<T, Long> conferenceOf) {
        return programs.find(type, id).filter(x -> c.id().equals(conferenceOf.apply(x)))
                .orElseThrow(() -> new DomainException(field, "program.notFound"));
    }
}

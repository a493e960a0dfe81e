package org.samling.program.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Decisions;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.program.model.Block;
import org.samling.program.model.Change;
import org.samling.program.model.Changelog;
import org.samling.program.model.Occurrence;
import org.samling.program.model.ProgramItem;
import org.samling.program.model.ProgramSession;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.model.Programs;
import org.samling.program.model.Release;
import org.samling.program.model.Room;
import org.samling.program.model.SnapshotJson;
import org.samling.shared.DomainException;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.samling.program.service.ProgramChecks.MAX_MINUTES;
import static org.samling.program.service.ProgramChecks.blankToNull;

/**
 * The chairs' editing of the draft programme: blocks, rooms, sessions, placing the accepted
 * submissions and plenary items, occurrences; the editor shows the clashes after every change and
 * what the next release would change. Every edit is checked here ({@link ProgramChecks}); the
 * editor page only passes it on.
 */
@Stateless
public class ProgramEditing {

    @Inject
    ConferenceService conferenceService;
    @Inject
    ProgramDrafts drafts;
    @Inject
    Programs programs;
    @Inject
    Submissions submissions;
    @Inject
    Decisions decisions;
    @Inject
    ProgramPolicy policy;

    public ProgramEditor editor(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferenceService.chaired(actor, acronym, reader);
        CallDetails call = drafts.call(acronym, reader);
        Map<Long, Submission> subs = drafts.submissionsOf(c.id());
        ProgramSnapshot draft = drafts.draft(c.id(), subs);
        Set<Long> placed = draft.items().stream().map(ProgramSnapshot.ItemView::submissionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Decision> ds = drafts.decisionsOf(c.id());
        List<ProgramEditor.Placeable> unplaced = subs.values().stream()
                .filter(s -> policy.placeable(s) && !placed.contains(s.getId()))
                .map(s -> new ProgramEditor.Placeable(s.getId(), s.getTitle(), s.getTrackId(),
                        call.tracks().stream().filter(t -> t.id().equals(s.getTrackId())).map(CallDetails.TrackView::name)
                                .findFirst().orElse(""),
                        ProgramDrafts.minutes(s, ds.get(s.getId()), call),
                        ProgramDrafts.speakers(s, ds.get(s.getId()))))
                .sorted(Comparator.comparing(ProgramEditor.Placeable::trackId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ProgramEditor.Placeable::title))
                .toList();
        Optional<Release> latest = programs.latestRelease(c.id());
        List<Change> pending = Changelog.between(latest.map(r -> SnapshotJson.snapshot(r.getSnapshot())).orElse(null), draft);
        List<ProgramEditor.ReleaseView> releases = programs.releases(c.id()).stream()
                .map(r -> new ProgramEditor.ReleaseView(r.getNumber(), r.getPublishedAt(), SnapshotJson.changes(r.getChanges())))
                .toList();
        return new ProgramEditor(c, draft, drafts.clashes(c.id(), draft, subs), unplaced, call.tracks(), pending, releases);
    }

    public Long addBlock(Actor actor, String acronym, ProgramEdits.BlockEdit e) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramChecks.block(c, e);
        return programs.add(new Block(c.id(), e.day(), e.starts(), e.ends(), e.kind(), e.title().strip())).getId();
    }

    public void changeBlock(Actor actor, String acronym, Long blockId, ProgramEdits.BlockEdit e) {
        ConferenceView c = drafts.chaired(actor, acronym);
        Block b = drafts.own(c, Block.class, blockId, "blockTitle", Block::getConferenceId);
        ProgramChecks.block(c, e);
        if (!e.kind().holdsSessions() && programs.sessions(c.id()).stream().anyMatch(s -> s.getBlockId().equals(blockId))) {
            throw new DomainException("blockKind", "program.block.hasSessions");
        }
        b.change(e.day(), e.starts(), e.ends(), e.kind(), e.title().strip());
    }

    public void removeBlock(Actor actor, String acronym, Long blockId) {
        ConferenceView c = drafts.chaired(actor, acronym);
        Block b = drafts.own(c, Block.class, blockId, null, Block::getConferenceId);
        if (programs.sessions(c.id()).stream().anyMatch(s -> s.getBlockId().equals(blockId))) {
            throw new DomainException(null, "program.block.hasSessions");
        }
        programs.remove(b);
    }

    public Long addRoom(Actor actor, String acronym, ProgramEdits.RoomEdit e) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramChecks.room(programs.rooms(c.id()), null, e);
        return programs.add(new Room(c.id(), e.name().strip(), e.capacity(), blankToNull(e.link()))).getId();
    }

    public void changeRoom(Actor actor, String acronym, Long roomId, ProgramEdits.RoomEdit e) {
        ConferenceView c = drafts.chaired(actor, acronym);
        Room r = drafts.own(c, Room.class, roomId, "roomName", Room::getConferenceId);
        ProgramChecks.room(programs.rooms(c.id()), roomId, e);
        r.change(e.name().strip(), e.capacity(), blankToNull(e.link()));
    }

    public void removeRoom(Actor actor, String acronym, Long roomId) {
        ConferenceView c = drafts.chaired(actor, acronym);
        Room r = drafts.own(c, Room.class, roomId, null, Room::getConferenceId);
        if (programs.sessions(c.id()).stream().anyMatch(s -> roomId.equals(s.getRoomId()))) {
            throw new DomainException(null, "program.room.inUse", r.getName());
        }
        programs.remove(r);
    }

    public Long addSession(Actor actor, String acronym, ProgramEdits.SessionEdit e, Language reader) {
        ConferenceView c = drafts.chaired(actor, acronym);
        checkSession(c, e, reader);
        return programs.add(new ProgramSession(c.id(), e.blockId(), e.roomId(), e.title().strip(), e.trackId(),
                blankToNull(e.chair()), e.tentative())).getId();
    }

    public void changeSession(Actor actor, String acronym, Long sessionId, ProgramEdits.SessionEdit e, Language reader) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramSession s = drafts.own(c, ProgramSession.class, sessionId, "sessionTitle", ProgramSession::getConferenceId);
        checkSession(c, e, reader);
        s.change(e.blockId(), e.roomId(), e.title().strip(), e.trackId(), blankToNull(e.chair()), e.tentative());
    }

    private void checkSession(ConferenceView c, ProgramEdits.SessionEdit e, Language reader) {
        Optional<Block> block = programs.find(Block.class, e.blockId()).filter(b -> b.getConferenceId().equals(c.id()));
        boolean roomKnown = e.roomId() == null
                || programs.find(Room.class, e.roomId()).filter(r -> r.getConferenceId().equals(c.id())).isPresent();
        boolean trackKnown = e.trackId() == null
                || drafts.call(c.acronym(), reader).tracks().stream().anyMatch(t -> t.id().equals(e.trackId()));
        ProgramChecks.session(block, roomKnown, trackKnown, e);
    }

    /** Removes a session; its submissions go back to the unplaced list, its plenary items go with it. */
    public void removeSession(Actor actor, String acronym, Long sessionId) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramSession s = drafts.own(c, ProgramSession.class, sessionId, null, ProgramSession::getConferenceId);
        programs.items(c.id()).stream().filter(i -> i.getSessionId().equals(sessionId)).forEach(programs::remove);
        programs.remove(s);
    }

    /** Places an accepted submission at the end of a session, with its type's length. */
    public Long place(Actor actor, String acronym, Long submissionId, Long sessionId, Language reader) {
        ConferenceView c = drafts.chaired(actor, acronym);
        chosen(sessionId);
        drafts.own(c, ProgramSession.class, sessionId, "placeSession", ProgramSession::getConferenceId);
        Submission s = submissions.byId(submissionId).filter(x -> x.getConferenceId().equals(c.id()))
                .orElseThrow(() -> new DomainException("placeSubmission", "submission.notFound"));
        if (!policy.placeable(s)) {
            throw new DomainException("placeSubmission", "program.notAccepted", s.getTitle());
        }
        List<ProgramItem> items = programs.items(c.id());
        if (items.stream().anyMatch(i -> submissionId.equals(i.getSubmissionId()))) {
            throw new DomainException("placeSubmission", "program.alreadyPlaced", s.getTitle());
        }
        int position = (int) items.stream().filter(i -> i.getSessionId().equals(sessionId)).count();
        int minutes = ProgramDrafts.minutes(s, decisions.of(submissionId).orElse(null), drafts.call(acronym, reader));
        return programs.add(ProgramItem.ofSubmission(c.id(), sessionId, position, submissionId, minutes)).getId();
    }

    public Long addPlenary(Actor actor, String acronym, ProgramEdits.PlenaryEdit e) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramChecks.plenary(e.sessionId() != null && programs.find(ProgramSession.class, e.sessionId())
                .filter(s -> s.getConferenceId().equals(c.id())).isPresent(), e);
        int position = (int) programs.items(c.id()).stream().filter(i -> i.getSessionId().equals(e.sessionId())).count();
        return programs.add(ProgramItem.plenary(c.id(), e.sessionId(), position, e.title().strip(), blankToNull(e.speaker()),
                e.minutes())).getId();
    }

    /**
     * Moves an item to a position in a session (the same or another): what drag and drop and the
     * keyboard's "move" and "up/down" do. Positions in both sessions are renumbered.
     */
    public void move(Actor actor, String acronym, Long itemId, Long sessionId, int position) {
        ConferenceView c = drafts.chaired(actor, acronym);
        chosen(sessionId);
        ProgramItem item = drafts.own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId);
        drafts.own(c, ProgramSession.class, sessionId, "moveSession", ProgramSession::getConferenceId);
        Map<Long, List<ProgramItem>> bySession = programs.items(c.id()).stream()
                .collect(Collectors.groupingBy(ProgramItem::getSessionId, LinkedHashMap::new, Collectors.toList()));
        List<ProgramItem> from = bySession.computeIfAbsent(item.getSessionId(), k -> new ArrayList<>());
        from.removeIf(i -> i.getId().equals(itemId));
        List<ProgramItem> to = bySession.computeIfAbsent(sessionId, k -> new ArrayList<>());
        to.add(Math.max(0, Math.min(position, to.size())), item);
        renumber(from, item.getSessionId());
        renumber(to, sessionId);
    }

    private static void renumber(List<ProgramItem> items, Long sessionId) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeAt(sessionId, i);
        }
    }

    /** Takes an item out: a submission goes back to the unplaced list, a plenary item is gone. */
    public void unplace(Actor actor, String acronym, Long itemId) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramItem item = drafts.own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId);
        Long sessionId = item.getSessionId();
        programs.remove(item);
        renumber(programs.items(c.id()).stream().filter(i -> i.getSessionId().equals(sessionId) && !i.getId().equals(itemId))
                .collect(Collectors.toCollection(ArrayList::new)), sessionId);
    }

    public void markTentative(Actor actor, String acronym, Long itemId, boolean tentative) {
        ConferenceView c = drafts.chaired(actor, acronym);
        drafts.own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId).setTentative(tentative);
    }

    public void changeMinutes(Actor actor, String acronym, Long itemId, Integer minutes) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramItem item = drafts.own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId);
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            throw new DomainException("itemMinutes", "program.minutesRange", 1, MAX_MINUTES);
        }
        item.setMinutes(minutes);
    }

    public Long addOccurrence(Actor actor, String acronym, ProgramEdits.OccurrenceEdit e) {
        ConferenceView c = drafts.chaired(actor, acronym);
        ProgramChecks.occurrence(c, e);
        return programs.add(new Occurrence(c.id(), e.venue().strip(), e.firstDay())).getId();
    }

    public void removeOccurrence(Actor actor, String acronym, Long occurrenceId) {
        ConferenceView c = drafts.chaired(actor, acronym);
        programs.remove(drafts.own(c, Occurrence.class, occurrenceId, null, Occurrence::getConferenceId));
    }

    /** Placing or moving needs a session to go to: said before anything else. */
    private static void chosen(Long sessionId) {
        if (sessionId == null) {
            throw new DomainException(null, "program.chooseSession");
        }
    }
}

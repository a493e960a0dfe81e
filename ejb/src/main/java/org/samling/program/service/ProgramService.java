package org.samling.program.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Decisions;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.program.model.Block;
import org.samling.program.model.Change;
import org.samling.program.model.Changelog;
import org.samling.program.model.Clash;
import org.samling.program.model.ClashRules;
import org.samling.program.model.Occurrence;
import org.samling.program.model.ProgramItem;
import org.samling.program.model.ProgramPublished;
import org.samling.program.model.ProgramSession;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.model.Programs;
import org.samling.program.model.Release;
import org.samling.program.model.Room;
import org.samling.program.model.SnapshotJson;
import org.samling.program.solver.ProgramProposer;
import org.samling.assignment.service.TextSimilarity;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme's use cases: the chairs build the draft (blocks, rooms, sessions, placing the
 * accepted submissions and plenary items, occurrences), see its clashes after every change, and
 * publish it as a release with a changelog (presenters whose item changed are told); anyone reads
 * the latest release. Every change is checked here; the editor page only passes it on.
 */
@Stateless
public class ProgramService {

    static final int MAX_MINUTES = 24 * 60;

    @Inject
    ConferenceService conferenceService;
    @Inject
    Programs programs;
    @Inject
    Submissions submissions;
    @Inject
    Decisions decisions;
    @Inject
    AccountService accounts;
    @Inject
    ProgramPolicy policy;
    @Inject
    Clock clock;
    @Inject
    Event<ProgramPublished> published;
    /** Registration's counts, when that context is there (an interface here, so the programme does not depend on it). */
    @Inject
    jakarta.enterprise.inject.Instance<org.samling.program.model.ExpectedAudience> audience;

    // ---- the chairs' editor ----

    public ProgramEditor editor(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferenceService.chaired(actor, acronym, reader);
        CallDetails call = call(acronym, reader);
        Map<Long, Submission> subs = submissionsOf(c.id());
        ProgramSnapshot draft = draft(c.id(), subs, call);
        Set<Long> placed = draft.items().stream().map(ProgramSnapshot.ItemView::submissionId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Decision> ds = decisionsOf(c.id());
        List<ProgramEditor.Placeable> unplaced = subs.values().stream()
                .filter(s -> policy.placeable(s) && !placed.contains(s.getId()))
                .map(s -> new ProgramEditor.Placeable(s.getId(), s.getTitle(), s.getTrackId(),
                        call.tracks().stream().filter(t -> t.id().equals(s.getTrackId())).map(CallDetails.TrackView::name)
                                .findFirst().orElse(""), minutes(s, ds.get(s.getId()), call), speakers(s, ds.get(s.getId()))))
                .sorted(Comparator.comparing(ProgramEditor.Placeable::trackId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ProgramEditor.Placeable::title))
                .toList();
        Optional<Release> latest = programs.latestRelease(c.id());
        List<Change> pending = Changelog.between(latest.map(r -> SnapshotJson.snapshot(r.getSnapshot())).orElse(null), draft);
        List<ProgramEditor.ReleaseView> releases = programs.releases(c.id()).stream()
                .map(r -> new ProgramEditor.ReleaseView(r.getNumber(), r.getPublishedAt(), SnapshotJson.changes(r.getChanges())))
                .toList();
        return new ProgramEditor(c, draft, clashes(c.id(), draft, subs), unplaced, call.tracks(), pending, releases);
    }

    public Long addBlock(Actor actor, String acronym, ProgramEdits.BlockEdit e) {
        ConferenceView c = chaired(actor, acronym);
        check(c, e);
        return programs.add(new Block(c.id(), e.day(), e.starts(), e.ends(), e.kind(), e.title().strip())).getId();
    }

    public void changeBlock(Actor actor, String acronym, Long blockId, ProgramEdits.BlockEdit e) {
        ConferenceView c = chaired(actor, acronym);
        Block b = own(c, Block.class, blockId, "blockTitle", Block::getConferenceId);
        check(c, e);
        if (!e.kind().holdsSessions() && programs.sessions(c.id()).stream().anyMatch(s -> s.getBlockId().equals(blockId))) {
            throw new DomainException("blockKind", "program.block.hasSessions");
        }
        b.change(e.day(), e.starts(), e.ends(), e.kind(), e.title().strip());
    }

    public void removeBlock(Actor actor, String acronym, Long blockId) {
        ConferenceView c = chaired(actor, acronym);
        Block b = own(c, Block.class, blockId, null, Block::getConferenceId);
        if (programs.sessions(c.id()).stream().anyMatch(s -> s.getBlockId().equals(blockId))) {
            throw new DomainException(null, "program.block.hasSessions");
        }
        programs.remove(b);
    }

    public Long addRoom(Actor actor, String acronym, ProgramEdits.RoomEdit e) {
        ConferenceView c = chaired(actor, acronym);
        check(c.id(), null, e);
        return programs.add(new Room(c.id(), e.name().strip(), e.capacity(), blankToNull(e.link()))).getId();
    }

    public void changeRoom(Actor actor, String acronym, Long roomId, ProgramEdits.RoomEdit e) {
        ConferenceView c = chaired(actor, acronym);
        Room r = own(c, Room.class, roomId, "roomName", Room::getConferenceId);
        check(c.id(), roomId, e);
        r.change(e.name().strip(), e.capacity(), blankToNull(e.link()));
    }

    public void removeRoom(Actor actor, String acronym, Long roomId) {
        ConferenceView c = chaired(actor, acronym);
        Room r = own(c, Room.class, roomId, null, Room::getConferenceId);
        if (programs.sessions(c.id()).stream().anyMatch(s -> roomId.equals(s.getRoomId()))) {
            throw new DomainException(null, "program.room.inUse", r.getName());
        }
        programs.remove(r);
    }

    public Long addSession(Actor actor, String acronym, ProgramEdits.SessionEdit e, Language reader) {
        ConferenceView c = chaired(actor, acronym);
        check(c, e, reader);
        return programs.add(new ProgramSession(c.id(), e.blockId(), e.roomId(), e.title().strip(), e.trackId(),
                blankToNull(e.chair()), e.tentative())).getId();
    }

    public void changeSession(Actor actor, String acronym, Long sessionId, ProgramEdits.SessionEdit e, Language reader) {
        ConferenceView c = chaired(actor, acronym);
        ProgramSession s = own(c, ProgramSession.class, sessionId, "sessionTitle", ProgramSession::getConferenceId);
        check(c, e, reader);
        s.change(e.blockId(), e.roomId(), e.title().strip(), e.trackId(), blankToNull(e.chair()), e.tentative());
    }

    /** Removes a session; its submissions go back to the unplaced list, its plenary items go with it. */
    public void removeSession(Actor actor, String acronym, Long sessionId) {
        ConferenceView c = chaired(actor, acronym);
        ProgramSession s = own(c, ProgramSession.class, sessionId, null, ProgramSession::getConferenceId);
        programs.items(c.id()).stream().filter(i -> i.getSessionId().equals(sessionId)).forEach(programs::remove);
        programs.remove(s);
    }

    /** Places an accepted submission at the end of a session, with its type's length. */
    public Long place(Actor actor, String acronym, Long submissionId, Long sessionId, Language reader) {
        ConferenceView c = chaired(actor, acronym);
        chosen(sessionId);
        own(c, ProgramSession.class, sessionId, "placeSession", ProgramSession::getConferenceId);
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
        int minutes = minutes(s, decisions.of(submissionId).orElse(null), call(acronym, reader));
        return programs.add(ProgramItem.ofSubmission(c.id(), sessionId, position, submissionId, minutes)).getId();
    }

    public Long addPlenary(Actor actor, String acronym, ProgramEdits.PlenaryEdit e) {
        ConferenceView c = chaired(actor, acronym);
        Violations v = new Violations();
        if (e.sessionId() == null || programs.find(ProgramSession.class, e.sessionId())
                .filter(s -> s.getConferenceId().equals(c.id())).isEmpty()) {
            v.add("itemSession", "field.required");
        }
        if (e.title() == null || e.title().isBlank()) {
            v.add("itemTitle", "field.required");
        } else if (e.title().strip().length() > 500) {
            v.add("itemTitle", "field.tooLong", 500);
        }
        if (e.speaker() != null && e.speaker().strip().length() > 300) {
            v.add("itemSpeaker", "field.tooLong", 300);
        }
        if (e.minutes() == null) {
            v.add("itemMinutes", "field.required");
        } else if (e.minutes() < 1 || e.minutes() > MAX_MINUTES) {
            v.add("itemMinutes", "program.minutesRange", 1, MAX_MINUTES);
        }
        v.throwIfAny();
        int position = (int) programs.items(c.id()).stream().filter(i -> i.getSessionId().equals(e.sessionId())).count();
        return programs.add(ProgramItem.plenary(c.id(), e.sessionId(), position, e.title().strip(), blankToNull(e.speaker()),
                e.minutes())).getId();
    }

    /**
     * Moves an item to a position in a session (the same or another): what drag and drop and the
     * keyboard's "move" and "up/down" do. Positions in both sessions are renumbered.
     */
    public void move(Actor actor, String acronym, Long itemId, Long sessionId, int position) {
        ConferenceView c = chaired(actor, acronym);
        chosen(sessionId);
        ProgramItem item = own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId);
        own(c, ProgramSession.class, sessionId, "moveSession", ProgramSession::getConferenceId);
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
        ConferenceView c = chaired(actor, acronym);
        ProgramItem item = own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId);
        Long sessionId = item.getSessionId();
        programs.remove(item);
        renumber(programs.items(c.id()).stream().filter(i -> i.getSessionId().equals(sessionId) && !i.getId().equals(itemId))
                .collect(Collectors.toCollection(ArrayList::new)), sessionId);
    }

    public void markTentative(Actor actor, String acronym, Long itemId, boolean tentative) {
        ConferenceView c = chaired(actor, acronym);
        own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId)
                .setTentative(tentative);
    }

    public void changeMinutes(Actor actor, String acronym, Long itemId, Integer minutes) {
        ConferenceView c = chaired(actor, acronym);
        ProgramItem item = own(c, ProgramItem.class, itemId, null, ProgramItem::getConferenceId);
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            throw new DomainException("itemMinutes", "program.minutesRange", 1, MAX_MINUTES);
        }
        item.setMinutes(minutes);
    }

    public Long addOccurrence(Actor actor, String acronym, ProgramEdits.OccurrenceEdit e) {
        ConferenceView c = chaired(actor, acronym);
        Violations v = new Violations();
        if (e.venue() == null || e.venue().isBlank()) {
            v.add("occurrenceVenue", "field.required");
        } else if (e.venue().strip().length() > 300) {
            v.add("occurrenceVenue", "field.tooLong", 300);
        }
        if (e.firstDay() == null) {
            v.add("occurrenceDay", "field.required");
        } else if (e.firstDay().equals(c.firstDay())) {
            v.add("occurrenceDay", "program.occurrence.sameDay");
        }
        v.throwIfAny();
        return programs.add(new Occurrence(c.id(), e.venue().strip(), e.firstDay())).getId();
    }

    public void removeOccurrence(Actor actor, String acronym, Long occurrenceId) {
        ConferenceView c = chaired(actor, acronym);
        programs.remove(own(c, Occurrence.class, occurrenceId, null, Occurrence::getConferenceId));
    }

    /**
     * Publishes the draft as the next release, with its changelog to the last one. Refused while it
     * has clashes (a room that may be too small excepted) or nothing changed; the presenters of
     * every submission the release adds, moves, cancels or changes are told.
     */
    public int publish(Actor actor, String acronym, Language reader) {
        ConferenceView c = chaired(actor, acronym);
        programs.lockForRelease(c.id());
        CallDetails call = call(acronym, reader);
        Map<Long, Submission> subs = submissionsOf(c.id());
        ProgramSnapshot draft = draft(c.id(), subs, call);
        if (draft.items().isEmpty()) {
            throw new DomainException(null, "program.empty");
        }
        List<Clash> blocking = policy.blockingPublication(clashes(c.id(), draft, subs));
        if (!blocking.isEmpty()) {
            throw new DomainException(null, "program.clashesFirst", blocking.size());
        }
        Optional<Release> latest = programs.latestRelease(c.id());
        List<Change> changes = Changelog.between(latest.map(r -> SnapshotJson.snapshot(r.getSnapshot())).orElse(null), draft);
        if (latest.isPresent() && changes.isEmpty()) {
            throw new DomainException(null, "program.nothingToPublish");
        }
        int number = latest.map(Release::getNumber).orElse(0) + 1;
        programs.add(new Release(c.id(), number, clock.instant(), actor.accountId(), SnapshotJson.write(draft),
                SnapshotJson.write(changes)));
        published.fire(new ProgramPublished(c.id(), c.acronym(), c.name(), number, notices(changes, subs)));
        return number;
    }

    private List<ProgramPublished.Notice> notices(List<Change> changes, Map<Long, Submission> subs) {
        List<ProgramPublished.Notice> notices = new ArrayList<>();
        Map<Long, Decision> ds = new HashMap<>();
        for (Change ch : changes) {
            Submission s = ch.submissionId() == null ? null : subs.get(ch.submissionId());
            if (s == null) {
                continue;
            }
            Decision d = ds.computeIfAbsent(s.getId(), id -> decisions.of(id).orElse(null));
            Language language = accounts.find(s.getOwnerId()).map(Account::getLanguage).orElse(Language.EN);
            Map<String, String> to = new LinkedHashMap<>();
            if (d != null && d.getPresenterEmail() != null) {
                to.put(d.getPresenterEmail().toLowerCase(java.util.Locale.ROOT), d.getPresenterName());
            } else {
                for (Author a : s.getAuthors()) {
                    if (a.isPresenting() && a.getEmail() != null && !a.getEmail().isBlank()) {
                        to.putIfAbsent(a.getEmail().toLowerCase(java.util.Locale.ROOT), a.getName());
                    }
                }
                if (to.isEmpty()) {
                    accounts.find(s.getOwnerId()).ifPresent(o -> to.put(o.getEmail(), o.getName()));
                }
            }
            to.forEach((email, name) -> notices.add(new ProgramPublished.Notice(email, name, language, ch)));
        }
        return notices;
    }

    // ---- the proposal: plan, preview, apply ----

    /**
     * Proposes sessions for the accepted submissions not yet placed, in the parallel blocks' free
     * rooms (a room no session uses at that time), grouped by track and similarity, without clashes
     * with each other or with what is already placed. Saves nothing.
     */
    public Proposal propose(Actor actor, String acronym, Language reader) {
        ProgramEditor e = editor(actor, acronym, reader);
        ProgramSnapshot d = e.draft();
        Map<Long, Integer> group = overlapGroups(d);
        List<ProgramProposer.Slot> slots = new ArrayList<>();
        Map<Integer, Set<String>> busy = new HashMap<>();
        for (ProgramSnapshot.BlockView b : d.blocks()) {
            if (!b.kind().holdsSessions()) {
                continue;
            }
            int g = group.get(b.id());
            for (ProgramSnapshot.SessionView s : d.sessions()) {
                if (group.get(s.blockId()) == g) {
                    s.items().forEach(i -> i.speakers().forEach(p -> busy.computeIfAbsent(g, x -> new LinkedHashSet<>())
                            .add(ClashRules.key(p))));
                    if (s.chair() != null) {
                        busy.computeIfAbsent(g, x -> new LinkedHashSet<>()).add(ClashRules.key(s.chair()));
                    }
                }
            }
            if (b.kind() != org.samling.program.model.BlockKind.PARALLEL) {
                continue;
            }
            for (ProgramSnapshot.RoomView r : d.rooms()) {
                boolean taken = d.sessions().stream().anyMatch(s -> r.id() == (s.roomId() == null ? -1 : s.roomId())
                        && d.block(s.blockId()).orElseThrow().overlaps(b));
                if (!taken) {
                    slots.add(new ProgramProposer.Slot(b.id(), r.id(), b.minutes(), g));
                }
            }
        }
        Map<Long, Submission> subs = submissionsOf(e.conference().id());
        List<TextSimilarity.Doc> docs = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        for (ProgramEditor.Placeable p : e.unplaced()) {
            var c = subs.get(p.submissionId()).content();
            String text = c.title() + "\n" + c.abstractText() + "\n" + String.join(", ", c.keywords());
            docs.add(new TextSimilarity.Doc(p.submissionId(), c.language() == null ? "en"
                    : c.language().name().toLowerCase(java.util.Locale.ROOT), text));
            texts.put(p.submissionId(), text);
        }
        Map<Long, Map<Long, Double>> similarity = docs.size() > 1 && docs.size() <= 2000 ? TextSimilarity.of(docs, texts) : Map.of();
        List<ProgramProposer.Talk> talks = e.unplaced().stream().map(p -> new ProgramProposer.Talk(p.submissionId(), p.trackId(),
                p.minutes(), p.speakers().stream().map(ClashRules::key).collect(Collectors.toSet()),
                similarity.getOrDefault(p.submissionId(), Map.of()).entrySet().stream()
                        .filter(x -> !x.getKey().equals(p.submissionId()) && x.getValue() >= 0.1)
                        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(3)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))).toList();
        ProgramProposer.Result r = ProgramProposer.propose(new ProgramProposer.Input(slots, talks, busy, 10));
        Map<Integer, List<ProgramEditor.Placeable>> bySlot = new java.util.TreeMap<>();
        for (ProgramEditor.Placeable p : e.unplaced()) {
            Integer k = r.slotOf().get(p.submissionId());
            if (k != null) {
                bySlot.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        List<Proposal.ProposedSession> sessions = new ArrayList<>();
        bySlot.forEach((k, placed) -> {
            ProgramProposer.Slot slot = slots.get(k);
            ProgramSnapshot.BlockView b = d.block(slot.blockId()).orElseThrow();
            Long track = placed.stream().collect(Collectors.groupingBy(ProgramEditor.Placeable::trackId,
                    LinkedHashMap::new, Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            String title = track == null ? b.title() : e.trackName(track);
            sessions.add(new Proposal.ProposedSession(b.id(), slot.roomId(), b.day() + " " + b.times(),
                    d.room(slot.roomId()).map(ProgramSnapshot.RoomView::name).orElse(""), title, track, List.copyOf(placed)));
        });
        List<ProgramEditor.Placeable> left = e.unplaced().stream().filter(p -> !r.slotOf().containsKey(p.submissionId())).toList();
        return new Proposal(sessions, left, r.optimal(), r.millis());
    }

    /**
     * Applies an accepted proposal: a session per proposed slot with its talks in order. Checked
     * again first (the slot still free, each talk still accepted and unplaced) and refused as a
     * whole if the draft changed meanwhile or the result would clash.
     */
    public int applyProposal(Actor actor, String acronym, Proposal proposal, Language reader) {
        ConferenceView c = chaired(actor, acronym);
        List<Clash> before = ClashRules.check(draft(c.id(), submissionsOf(c.id()), call(acronym, reader)), Map.of());
        int placed = 0;
        for (Proposal.ProposedSession ps : proposal.sessions()) {
            Block b = programs.find(Block.class, ps.blockId()).filter(x -> x.getConferenceId().equals(c.id()))
                    .orElseThrow(() -> new DomainException(null, "program.proposalStale"));
            if (programs.sessions(c.id()).stream().anyMatch(s -> s.getBlockId().equals(b.getId())
                    && java.util.Objects.equals(s.getRoomId(), ps.roomId()))) {
                throw new DomainException(null, "program.proposalStale");
            }
            Long session = addSession(actor, acronym, new ProgramEdits.SessionEdit(ps.blockId(), ps.roomId(), ps.title(),
                    ps.trackId(), null, false), reader);
            for (ProgramEditor.Placeable p : ps.talks()) {
                try {
                    place(actor, acronym, p.submissionId(), session, reader);
                } catch (DomainException e) {
                    throw new DomainException(null, "program.proposalStale");
                }
                placed++;
            }
        }
        programs.flush();
        List<Clash> after = ClashRules.check(draft(c.id(), submissionsOf(c.id()), call(acronym, reader)), Map.of());
        if (after.size() > before.size()) {
            throw new DomainException(null, "program.proposalStale");
        }
        return placed;
    }

    /** Blocks that overlap in time, directly or through another, share a group: nobody presents twice in one. */
    static Map<Long, Integer> overlapGroups(ProgramSnapshot d) {
        Map<Long, Integer> group = new HashMap<>();
        int g = -1;
        ProgramSnapshot.BlockView last = null;
        java.time.LocalTime until = null;
        for (ProgramSnapshot.BlockView b : d.blocks().stream().sorted(ProgramSnapshot.IN_TIME).toList()) {
            if (last == null || !last.day().equals(b.day()) || !b.starts().isBefore(until)) {
                g++;
                until = b.ends();
            } else if (b.ends().isAfter(until)) {
                until = b.ends();
            }
            group.put(b.id(), g);
            last = b;
        }
        return group;
    }

    // ---- what the public reads ----

    /** The latest release, or empty if there is none (or no such conference). */
    public Optional<PublishedProgram> published(String acronym, Language reader) {
        Optional<ConferenceView> c = conferenceService.byAcronym(acronym, reader);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        return programs.latestRelease(c.get().id()).map(r -> {
            Map<Long, String> tracks = call(acronym, reader).tracks().stream()
                    .collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name));
            return new PublishedProgram(c.get(), conferenceService.languagesOf(c.get().id()), r.getNumber(),
                    r.getPublishedAt(), SnapshotJson.snapshot(r.getSnapshot()), tracks);
        });
    }

    /** The text of every submission the release holds, authors and affiliations included (published is no longer blind). */
    public Map<Long, PublishedAbstract> abstractsOf(PublishedProgram p) {
        Map<Long, PublishedAbstract> m = new LinkedHashMap<>();
        Map<Long, Submission> subs = submissionsOf(p.conference().id());
        for (ProgramSnapshot.ItemView i : p.snapshot().items()) {
            Submission s = i.submissionId() == null ? null : subs.get(i.submissionId());
            if (s != null && policy.canSeeAuthors(p.snapshot(), s.getId())) {
                m.put(s.getId(), abstractOf(s));
            }
        }
        return m;
    }

    public Optional<PublishedAbstract> abstractOf(PublishedProgram p, Long submissionId) {
        if (!policy.canSeeAuthors(p.snapshot(), submissionId)) {
            return Optional.empty();
        }
        return submissions.byId(submissionId).map(ProgramService::abstractOf);
    }

    /** The submissions in a conference's latest release: the visitors' search covers these and nothing else. */
    public Set<Long> publishedSubmissionIds(Long conferenceId) {
        return programs.latestRelease(conferenceId).map(r -> SnapshotJson.snapshot(r.getSnapshot()).items().stream()
                .map(ProgramSnapshot.ItemView::submissionId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElseGet(LinkedHashSet::new);
    }

    private static PublishedAbstract abstractOf(Submission s) {
        var content = s.content();
        return new PublishedAbstract(s.getId(), content.title(), content.abstractText(), content.keywords(),
                content.language() == null ? null : content.language().name(),
                s.getAuthors().stream().map(a -> new PublishedAbstract.Person(a.getName(), a.getAffiliation(), a.getCountry(),
                        a.isPresenting())).toList());
    }

    // ---- the draft ----

    /** The clash rules, and the placed submissions no longer accepted. */
    private List<Clash> clashes(Long conferenceId, ProgramSnapshot draft, Map<Long, Submission> subs) {
        Map<Long, Integer> expected = audience.isResolvable() ? audience.get().of(conferenceId) : Map.of();
        List<Clash> all = new ArrayList<>(ClashRules.check(draft, expected));
        all.addAll(policy.notAccepted(draft, subs.values().stream()
                .collect(Collectors.toMap(Submission::getId, Submission::getState))));
        return all;
    }

    ProgramSnapshot draft(Long conferenceId, Map<Long, Submission> subs, CallDetails call) {
        Map<Long, Decision> ds = decisionsOf(conferenceId);
        List<ProgramSnapshot.BlockView> blocks = programs.blocks(conferenceId).stream()
                .map(b -> new ProgramSnapshot.BlockView(b.getId(), b.getDay(), b.getStarts(), b.getEnds(), b.getKind(), b.getTitle()))
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
                        .thenComparingInt(s -> s.getRoomId() == null ? Integer.MAX_VALUE : roomOrder.getOrDefault(s.getRoomId(), 0))
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

    /** Who presents: the name the authors confirmed, else the authors marked as presenting, else all authors. */
    static List<String> speakers(Submission s, Decision d) {
        if (d != null && d.getPresenterName() != null) {
            return List.of(d.getPresenterName());
        }
        List<String> presenting = s.getAuthors().stream().filter(Author::isPresenting).map(Author::getName).toList();
        return presenting.isEmpty() ? s.getAuthors().stream().map(Author::getName).toList() : presenting;
    }

    private static int minutes(Submission s, Decision d, CallDetails call) {
        Long type = d != null && d.getAcceptedTypeId() != null ? d.getAcceptedTypeId() : s.getTypeId();
        return call.types().stream().filter(t -> t.id().equals(type)).mapToInt(CallDetails.TypeView::minutes).findFirst()
                .orElse(20);
    }

    private Map<Long, Submission> submissionsOf(Long conferenceId) {
        return submissions.ofConference(conferenceId).stream()
                .collect(Collectors.toMap(Submission::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Map<Long, Decision> decisionsOf(Long conferenceId) {
        return decisions.ofConference(conferenceId).stream()
                .collect(Collectors.toMap(Decision::getSubmissionId, Function.identity(), (a, b) -> a));
    }

    // ---- checks ----

    private ConferenceView chaired(Actor actor, String acronym) {
        return conferenceService.chaired(actor, acronym, Language.EN);
    }

    private CallDetails call(String acronym, Language reader) {
        return conferenceService.callDetails(acronym, reader).orElseThrow(() -> new DomainException(null, "conference.notFound"));
    }

    /** Placing or moving needs a session to go to: said before anything else. */
    private static void chosen(Long sessionId) {
        if (sessionId == null) {
            throw new DomainException(null, "program.chooseSession");
        }
    }

    /** The entity if it belongs to this conference; "not found" at the field otherwise (an id from another conference is not ours). */
    private <T> T own(ConferenceView c, Class<T> type, Long id, String field, Function<T, Long> conferenceOf) {
        return programs.find(type, id).filter(x -> c.id().equals(conferenceOf.apply(x)))
                .orElseThrow(() -> new DomainException(field, "program.notFound"));
    }

    private void check(ConferenceView c, ProgramEdits.BlockEdit e) {
        Violations v = new Violations();
        if (e.day() == null) {
            v.add("blockDay", "field.required");
        } else if (e.day().isBefore(c.firstDay()) || e.day().isAfter(c.lastDay())) {
            v.add("blockDay", "program.dayOutside", c.firstDay().toString(), c.lastDay().toString());
        }
        if (e.starts() == null) {
            v.add("blockStarts", "field.required");
        }
        if (e.ends() == null) {
            v.add("blockEnds", "field.required");
        } else if (e.starts() != null && !e.ends().isAfter(e.starts())) {
            v.add("blockEnds", "program.endsBeforeStarts");
        }
        if (e.kind() == null) {
            v.add("blockKind", "field.required");
        }
        if (e.title() == null || e.title().isBlank()) {
            v.add("blockTitle", "field.required");
        } else if (e.title().strip().length() > 300) {
            v.add("blockTitle", "field.tooLong", 300);
        }
        v.throwIfAny();
    }

    private void check(Long conferenceId, Long roomId, ProgramEdits.RoomEdit e) {
        Violations v = new Violations();
        if (e.name() == null || e.name().isBlank()) {
            v.add("roomName", "field.required");
        } else if (e.name().strip().length() > 200) {
            v.add("roomName", "field.tooLong", 200);
        } else if (programs.rooms(conferenceId).stream().anyMatch(r -> !r.getId().equals(roomId)
                && r.getName().equalsIgnoreCase(e.name().strip()))) {
            v.add("roomName", "program.room.taken", e.name().strip());
        }
        if (e.capacity() != null && (e.capacity() < 1 || e.capacity() > 100_000)) {
            v.add("roomCapacity", "program.capacityRange", 1, 100_000);
        }
        String link = blankToNull(e.link());
        if (link != null && !isWebLink(link)) {
            v.add("roomLink", "program.linkInvalid");
        }
        v.throwIfAny();
    }

    private void check(ConferenceView c, ProgramEdits.SessionEdit e, Language reader) {
        Violations v = new Violations();
        Optional<Block> block = programs.find(Block.class, e.blockId()).filter(b -> b.getConferenceId().equals(c.id()));
        if (block.isEmpty()) {
            v.add("sessionBlock", "field.required");
        } else if (!block.get().getKind().holdsSessions()) {
            v.add("sessionBlock", "program.block.noSessions", block.get().getTitle());
        }
        if (e.roomId() != null && programs.find(Room.class, e.roomId()).filter(r -> r.getConferenceId().equals(c.id())).isEmpty()) {
            v.add("sessionRoom", "program.notFound");
        }
        if (e.title() == null || e.title().isBlank()) {
            v.add("sessionTitle", "field.required");
        } else if (e.title().strip().length() > 300) {
            v.add("sessionTitle", "field.tooLong", 300);
        }
        if (e.trackId() != null && call(c.acronym(), reader).tracks().stream().noneMatch(t -> t.id().equals(e.trackId()))) {
            v.add("sessionTrack", "program.notFound");
        }
        if (e.chair() != null && e.chair().strip().length() > 200) {
            v.add("sessionChair", "field.tooLong", 200);
        }
        v.throwIfAny();
    }

    private static boolean isWebLink(String link) {
        try {
            URI u = new URI(link);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) && u.getHost() != null
                    && link.length() <= 1000;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

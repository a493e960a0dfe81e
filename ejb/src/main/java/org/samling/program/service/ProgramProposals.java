package org.samling.program.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.assignment.service.TextSimilarity;
import org.samling.conference.model.ConferenceView;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.program.model.Block;
import org.samling.program.model.BlockKind;
import org.samling.program.model.Clash;
import org.samling.program.model.ClashRules;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.model.Programs;
import org.samling.program.solver.ProgramProposer;
import org.samling.shared.DomainException;
import org.samling.submission.model.Submission;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The programme proposal, planned, previewed and applied: sessions for the accepted submissions
 * not yet placed, in the parallel blocks' free rooms, by track and similarity (OR-Tools in
 * {@link ProgramProposer}); applied through the same edits as the editor's.
 */
@Stateless
public class ProgramProposals {

    @Inject
    ProgramEditing editing;
    @Inject
    ProgramDrafts drafts;
    @Inject
    Programs programs;

    /**
     * Proposes sessions for the accepted submissions not yet placed, in the parallel blocks' free
     * rooms (a room no session uses at that time), grouped by track and similarity, without clashes
     * with each other or with what is already placed. Saves nothing.
     */
    public Proposal propose(Actor actor, String acronym, Language reader) {
        ProgramEditor e = editing.editor(actor, acronym, reader);
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
            if (b.kind() != BlockKind.PARALLEL) {
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
        Map<Long, Submission> subs = drafts.submissionsOf(e.conference().id());
        List<TextSimilarity.Doc> docs = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        for (ProgramEditor.Placeable p : e.unplaced()) {
            var c = subs.get(p.submissionId()).content();
            String text = c.title() + "\n" + c.abstractText() + "\n" + String.join(", ", c.keywords());
            docs.add(new TextSimilarity.Doc(p.submissionId(), c.language() == null
                    ? "en"
                    : c.language().name().toLowerCase(Locale.ROOT), text));
            texts.put(p.submissionId(), text);
        }
        Map<Long, Map<Long, Double>> similarity = docs.size() > 1 && docs.size() <= 2000
                ? TextSimilarity.of(docs, texts)
                : Map.of();
        List<ProgramProposer.Talk> talks = e.unplaced().stream().map(p -> new ProgramProposer.Talk(p.submissionId(), p.trackId(),
                p.minutes(), p.speakers().stream().map(ClashRules::key).collect(Collectors.toSet()),
                similarity.getOrDefault(p.submissionId(), Map.of()).entrySet().stream()
                        .filter(x -> !x.getKey().equals(p.submissionId()) && x.getValue() >= 0.1)
                        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(3)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
                .toList();
        ProgramProposer.Result r = ProgramProposer.propose(new ProgramProposer.Input(slots, talks, busy, 10));
        Map<Integer, List<ProgramEditor.Placeable>> bySlot = new TreeMap<>();
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
        List<ProgramEditor.Placeable> left = e.unplaced().stream().filter(p -> !r.slotOf().containsKey(p.submissionId()))
                .toList();
        return new Proposal(sessions, left, r.optimal(), r.millis());
    }

    /**
     * Applies an accepted proposal: a session per proposed slot with its talks in order. Checked
     * again first (the slot still free, each talk still accepted and unplaced) and refused as a
     * whole if the draft changed meanwhile or the result would clash.
     */
    public int applyProposal(Actor actor, String acronym, Proposal proposal, Language reader) {
        ConferenceView c = drafts.chaired(actor, acronym);
        List<Clash> before = ClashRules.check(drafts.draft(c.id(), drafts.submissionsOf(c.id())), Map.of());
        int placed = 0;
        for (Proposal.ProposedSession ps : proposal.sessions()) {
            Block b = programs.find(Block.class, ps.blockId()).filter(x -> x.getConferenceId().equals(c.id()))
                    .orElseThrow(() -> new DomainException(null, "program.proposalStale"));
            if (programs.sessions(c.id()).stream().anyMatch(s -> s.getBlockId().equals(b.getId())
                    && Objects.equals(s.getRoomId(), ps.roomId()))) {
                throw new DomainException(null, "program.proposalStale");
            }
            Long session = editing.addSession(actor, acronym, new ProgramEdits.SessionEdit(ps.blockId(), ps.roomId(), ps.title(),
                    ps.trackId(), null, false), reader);
            for (ProgramEditor.Placeable p : ps.talks()) {
                try {
                    editing.place(actor, acronym, p.submissionId(), session, reader);
                } catch (DomainException e) {
                    throw new DomainException(null, "program.proposalStale");
                }
                placed++;
            }
        }
        programs.flush();
        List<Clash> after = ClashRules.check(drafts.draft(c.id(), drafts.submissionsOf(c.id())), Map.of());
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
        LocalTime until = null;
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
}

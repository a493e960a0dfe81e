package org.samling.registration.service;

import org.samling.conference.model.ConferenceView;
import org.samling.program.model.ProgramSnapshot;
import org.samling.registration.model.Allocation;
import org.samling.registration.model.PickState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the registration pages show: records EL reads with accessor calls. */
public final class RegistrationViews {

    private RegistrationViews() {
    }

    /** The form: what a participant may pick in each parallel block, with the seats left. */
    /** The registration form at one occurrence ({@code occurrence}: its id, the conference's own first), counts and all. */
    public record Form(ConferenceView conference, boolean open, Instant closesAt, Allocation allocation, List<String> questions,
            List<ProgramSnapshot.OccurrenceView> occurrences, List<BlockChoice> blocks, boolean published, long occurrence) {
    }

    public record BlockChoice(long blockId, String label, List<SessionChoice> sessions) {
    }

    public record SessionChoice(long sessionId, String title, String room, boolean virtual, Integer seats, long confirmed,
            long waiting) {

        public boolean full() {
            return seats != null && confirmed >= seats;
        }

        public Long left() {
            return seats == null ? null : Math.max(0, seats - confirmed);
        }
    }

    /** What a participant typed: picks per block id, one session or up to three ranked. */
    public record Input(String name, String email, String organisation, Long occurrenceId, List<String> answers,
            Map<Long, List<Long>> picks) {
    }

    /** A participant's own page (by the token in their link). */
    public record Mine(String token, ConferenceView conference, String name, String email, String organisation,
            long occurrenceId, String occurrence, boolean active, boolean mayChange, Instant closesAt, Allocation allocation,
            List<PickView> picks, Form form) {
    }

    public record PickView(long pickId, long blockId, String block, long sessionId, String session, String room, String link,
            int choice, PickState state, int position) {
    }

    /** The chairs' view of registration. */
    /** The chairs' view of one occurrence ({@code occurrence}: its id), with every occurrence to switch to. */
    public record Overview(ConferenceView conference, Settings settings, int registrations, List<BlockOverview> blocks,
            boolean published, List<ProgramSnapshot.OccurrenceView> occurrences, long occurrence) {
    }

    public record Settings(boolean open, Instant closesAt, Allocation allocation, List<String> questions, Instant linksMailAt,
            Instant linksMailedAt, Instant allocatedAt) {
    }

    public record BlockOverview(long blockId, String label, List<SessionOverview> sessions) {
    }

    public record SessionOverview(long sessionId, String title, String room, Integer seats, Integer sessionSeats,
            long confirmed, long waiting, List<Participant> people) {

        public boolean full() {
            return seats != null && confirmed >= seats;
        }
    }

    public record Participant(long pickId, long registrationId, String name, String email, String organisation,
            PickState state, int position, int choice, String answers) {
    }
}

package org.samling.registration.service;

import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedProgram;
import org.samling.registration.model.Registration;

import java.util.List;
import java.util.Optional;

/** What registration reads of the published programme: its parallel blocks, their labels, a session, an occurrence. */
final class PublishedBlocks {

    private PublishedBlocks() {
    }

    /** The parallel blocks that have sessions to choose from. */
    static List<ProgramSnapshot.BlockView> parallel(PublishedProgram p) {
        return p.snapshot().blocks().stream()
                .filter(b -> b.kind() == BlockKind.PARALLEL && !p.snapshot().sessionsOf(b.id()).isEmpty())
                .toList();
    }

    /** "Thursday 4 June 2026, 11:00–12:30: Workshops, block 1", on the day the occurrence holds it. */
    static String label(PublishedProgram p, ProgramSnapshot.BlockView b, long occurrence, Language reader) {
        return Messages.day(reader, p.dayAt(p.occurrence(occurrence), b.day())) + ", " + b.times() + ": " + b.title();
    }

    static Optional<ProgramSnapshot.SessionView> session(PublishedProgram p, long sessionId) {
        return p.snapshot().sessions().stream().filter(s -> s.id() == sessionId).findFirst();
    }

    static String title(PublishedProgram p, long sessionId) {
        return session(p, sessionId).map(ProgramSnapshot.SessionView::title).orElse("");
    }

    /** The occurrence a registration is for: its own, or the conference's (0). */
    static long occurrence(Registration r) {
        return r.getOccurrenceId() == null ? 0 : r.getOccurrenceId();
    }
}

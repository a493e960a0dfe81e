package org.samling.program.service;

import java.io.Serializable;
import java.util.List;

/**
 * A proposed placement of the accepted submissions not yet placed: new sessions in free parallel
 * slots, what stays unplaced, and whether the solver proved it the best. Nothing is saved until
 * the chair accepts it; then it is checked again against the draft as it is by then.
 */
public record Proposal(List<ProposedSession> sessions, List<ProgramEditor.Placeable> unplaced, boolean optimal, long millis)
        implements
            Serializable {

    public record ProposedSession(long blockId, Long roomId, String when, String room, String title, Long trackId,
            List<ProgramEditor.Placeable> talks) implements Serializable {
    }

    public int placed() {
        return sessions.stream().mapToInt(s -> s.talks().size()).sum();
    }
}

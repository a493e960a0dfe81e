package org.samling.registration.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The waiting-list rule of one session: while it has free seats, the first waiting (the earliest
 * queued, then the lowest id) gets one. Pure, so the rule is tested without a database; the
 * service applies it under the session's row lock.
 */
public final class WaitingList {

    private WaitingList() {
    }

    /** The waiting picks that get a seat now, in order, given the session's live picks and seats (null: no limit). */
    public static List<Pick> toSeat(List<Pick> live, Integer seats) {
        long confirmed = live.stream().filter(p -> p.getState() == PickState.CONFIRMED).count();
        List<Pick> waiting = live.stream().filter(p -> p.getState() == PickState.WAITING)
                .sorted(Comparator.comparing(Pick::getQueuedAt)
                        .thenComparing(p -> p.getId() == null ? Long.MAX_VALUE : p.getId()))
                .toList();
        List<Pick> seated = new ArrayList<>();
        for (Pick p : waiting) {
            if (seats != null && confirmed + seated.size() >= seats) {
                break;
            }
            seated.add(p);
        }
        return seated;
    }

    /** A waiting pick's number in the queue (1 for the first), 0 if it is not waiting. */
    public static int position(List<Pick> live, Pick pick) {
        if (pick.getState() != PickState.WAITING) {
            return 0;
        }
        List<Pick> waiting = live.stream().filter(p -> p.getState() == PickState.WAITING)
                .sorted(Comparator.comparing(Pick::getQueuedAt)
                        .thenComparing(p -> p.getId() == null ? Long.MAX_VALUE : p.getId()))
                .toList();
        return waiting.indexOf(pick) + 1;
    }
}

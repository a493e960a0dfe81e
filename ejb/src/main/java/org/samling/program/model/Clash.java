package org.samling.program.model;

import java.util.List;

/** One clash: its kind, the sessions it involves (for highlighting), and its message's arguments. */
public record Clash(ClashKind kind, List<Long> sessionIds, List<String> args) {

    public String messageKey() {
        return "program.clash." + kind.name();
    }
}

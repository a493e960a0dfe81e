package org.samling.review.model;

import org.samling.shared.Violations;

/** A reviewer's load as a chair sets it: at most 0 to 100 reviews, at least 0 to that maximum. */
public final class LoadLimits {

    public static final int MAX = 100;

    private LoadLimits() {
    }

    public static Violations check(Integer maxLoad, Integer minLoad) {
        Violations v = new Violations();
        if (maxLoad == null || maxLoad < 0 || maxLoad > MAX) {
            v.add("maxLoad", "call.between", 0, MAX);
        }
        if (minLoad == null || minLoad < 0) {
            v.add("minLoad", "call.between", 0, maxLoad == null ? MAX : Math.max(0, maxLoad));
        } else if (maxLoad != null && minLoad > maxLoad) {
            v.add("minLoad", "load.minAboveMax");
        }
        return v;
    }
}

package org.samling.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a form at once, so a person fixes them in one go. */
public final class Violations {

    private final List<DomainException.Violation> list = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... args) {
        list.add(new DomainException.Violation(field, messageKey, args));
        return this;
    }

    public boolean has(String field) {
        return list.stream().anyMatch(v -> field.equals(v.field()));
    }

    public boolean isEmpty() { return list.isEmpty(); }

    public List<DomainException.Violation> list() {
        return List.copyOf(list);
    }

    /** Throws if anything was collected; does nothing otherwise. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new DomainException(list);
        }
    }
}

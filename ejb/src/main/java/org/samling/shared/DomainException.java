package org.samling.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A refusal the person can act on: bad input or a rule that forbids the move. It names the
 * field (or none, for the whole form) and a message key with arguments, so every view and
 * the API can say it in the person's language. Rolls the transaction back: nothing half-done
 * is kept, and what was saved before stays as it was.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final transient List<Violation> violations;

    public DomainException(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public DomainException(List<Violation> violations) {
        super(violations.isEmpty() ? "refused" : violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One thing wrong: which field, which message, its arguments. */
    public record Violation(String field, String messageKey, Object... args) {
    }
}

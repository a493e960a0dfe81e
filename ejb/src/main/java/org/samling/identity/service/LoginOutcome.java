package org.samling.identity.service;

import java.time.Instant;
import java.util.Set;

/** What became of one log-in try; the log-in page turns it into the message a person reads. */
public sealed interface LoginOutcome {

    record Success(Long accountId, String email, Set<String> groups) implements LoginOutcome {
    }

    /** Wrong e-mail or password; {@code triesLeft} before the block. */
    record WrongCredentials(int triesLeft) implements LoginOutcome {
    }

    record Blocked(Instant until) implements LoginOutcome {
    }

    /** The password was right, but the e-mail address is not confirmed yet. */
    record Unconfirmed(String email) implements LoginOutcome {
    }
}

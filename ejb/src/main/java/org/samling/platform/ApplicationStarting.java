package org.samling.platform;

/**
 * Fired once per node at start, after the schema is migrated and before the node reports ready:
 * what must exist or be checked before anyone is served observes it (the first admin, the demo
 * data when this is a demo run, the guard against demo accounts in a real database). An observer
 * that throws stops the start.
 *
 * @param demo whether this start asked for the demo (SAMLING_DEMO=true: the Run command and the test servers)
 */
public record ApplicationStarting(boolean demo) {
}

package org.samling.program.model;

/**
 * One line of a release's changelog: what changed, for which submission (null for a plenary item
 * or a break), its title, and where and when it was and is (language-neutral: ISO date, times,
 * room), so any reader's language can frame it.
 */
public record Change(ChangeKind kind, Long submissionId, String title, String from, String to) {
}

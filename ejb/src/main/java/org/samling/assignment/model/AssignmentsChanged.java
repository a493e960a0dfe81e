package org.samling.assignment.model;

import java.util.List;

/** Fired after a plan is applied, in its transaction: who got (or lost) which submission. */
public record AssignmentsChanged(Long conferenceId, List<AssignmentChange> changes, Long byAccountId) {
}

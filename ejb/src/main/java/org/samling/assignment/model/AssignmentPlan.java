package org.samling.assignment.model;

import org.samling.review.model.AssignmentSource;

import java.util.List;

/**
 * Changes to a conference's assignments to be checked and previewed before any is applied: the
 * one way assignments change, whether a chair picks them by hand, uploads a CSV file or runs the
 * automatic assignment.
 */
public record AssignmentPlan(String acronym, AssignmentSource source, List<AssignmentChange> changes) {

    public AssignmentPlan {
        changes = List.copyOf(changes);
    }
}

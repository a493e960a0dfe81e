package org.samling.assignment.service;

import org.samling.assignment.model.AssignmentChange;

import java.util.List;

/** What a plan would do, change by change with its findings, and the loads it would leave. Nothing is applied yet. */
public record AssignmentPreview(List<Line> lines, List<AssignmentOverview.MemberLoad> loadsAfter, boolean applicable) {

    public record Line(AssignmentChange.Kind kind, Long submissionId, String title, Long accountId, String reviewerName,
            List<AssignmentPolicy.Finding> findings) {

        public boolean hasError() {
            return findings.stream().anyMatch(AssignmentPolicy.Finding::isError);
        }
    }

    public long errors() {
        return lines.stream().filter(Line::hasError).count();
    }
}

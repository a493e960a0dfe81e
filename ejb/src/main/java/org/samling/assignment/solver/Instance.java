package org.samling.assignment.solver;

import java.util.List;

/**
 * One assignment problem. Submissions and reviewers are numbered from 0; {@code candidates} lists
 * for each submission the reviewers it may get (no conflict, a language they read, not forbidden),
 * with the pair's affinity; {@code fixed} the pairs already decided (assignments kept, pins),
 * which count towards k and the loads and are not moved.
 */
public record Instance(List<Submission> submissions, List<Reviewer> reviewers, List<List<Candidate>> candidates,
        List<int[]> fixed, int institutionCap) {

    /** A submission needing {@code k} reviews; {@code group} (a track) only names it in a diagnosis. */
    public record Submission(String label, int k, String group) {
    }

    /** A reviewer with load limits and an institution (an index, -1 if unknown) for the cap. */
    public record Reviewer(String label, int minLoad, int maxLoad, int institution) {
    }

    /** A reviewer a submission may get, with the pair's affinity (higher is better, about -1..1). */
    public record Candidate(int reviewer, double affinity, boolean unwilling) {
    }

    public int size() {
        return submissions.size();
    }
}

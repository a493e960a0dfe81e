package org.samling.assignment.model;

import java.util.Optional;

/** Where the automatic assignment's runs (their progress and result) are kept. */
public interface AssignmentRuns {

    AssignmentRun add(AssignmentRun run);

    Optional<AssignmentRun> run(Long id);
}

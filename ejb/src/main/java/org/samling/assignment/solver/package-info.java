/**
 * The automatic assignment as a problem and its exact solution: a min-cost flow (OR-Tools) with
 * convex load costs, an institution cap, a fair mode, and a diagnosis when it cannot be met.
 * Knows nothing of entities, so it can be tested and benchmarked on its own.
 */
package org.samling.assignment.solver;

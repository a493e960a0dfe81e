/**
 * The programme proposal as a CP-SAT model (OR-Tools, the solver the reviewer assignment already
 * loads): accepted submissions into free parallel slots, without clashes, grouped by track and
 * similarity.
 */
package org.samling.program.solver;

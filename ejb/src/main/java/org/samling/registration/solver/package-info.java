/** Allocation after the deadline as a min-cost flow per block (OR-Tools): as many first choices as possible, then as many seats. */
package org.samling.registration.solver;

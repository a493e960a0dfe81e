/** Decisions with their outcome and what the authors were told, and the score statistics of a submission. */
package org.samling.decision.model;

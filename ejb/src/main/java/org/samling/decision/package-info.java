/** Decision: the ranking of the reviewed submissions, the chairs' decisions, telling the authors, and exports. */
package org.samling.decision;

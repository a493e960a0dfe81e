/** The programme's entities, the published snapshot, and the pure rules on them (clashes, changelog). */
package org.samling.program.model;

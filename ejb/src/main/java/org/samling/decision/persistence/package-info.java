/** JPA storage of decisions. */
package org.samling.decision.persistence;

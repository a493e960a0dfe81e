/** JPA storage of assignments. */
package org.samling.assignment.persistence;

/** The audit log's entries and the repository that only ever appends to it. */
package org.samling.lifecycle.model;

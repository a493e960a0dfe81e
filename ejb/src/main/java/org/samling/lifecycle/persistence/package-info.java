/** The audit log on JPA: appends, and filtered pages newest first. */
package org.samling.lifecycle.persistence;

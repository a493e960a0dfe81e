/** JPA storage of the programme. */
package org.samling.program.persistence;

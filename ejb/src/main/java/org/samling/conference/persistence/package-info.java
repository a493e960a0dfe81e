/** JPA implementation of the conference repository. */
package org.samling.conference.persistence;

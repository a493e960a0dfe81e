/** JPA implementation of the submission repository. */
package org.samling.submission.persistence;

/** JPA repositories of the review context. */
package org.samling.review.persistence;

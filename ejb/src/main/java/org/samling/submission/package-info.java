/** Submission: an abstract with its authors, from draft to submitted or withdrawn, before the deadline. */
package org.samling.submission;

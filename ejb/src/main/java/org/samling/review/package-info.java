/** The review context: the committee, conflicts of interest, bids and reviews, and the policy on who sees what. */
package org.samling.review;

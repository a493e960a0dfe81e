/** Committee members, conflicts and their detection rules, bids, review forms and reviews. */
package org.samling.review.model;

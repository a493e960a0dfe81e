/** The review context's use cases and its one policy on who sees what (ReviewPolicy). */
package org.samling.review.service;

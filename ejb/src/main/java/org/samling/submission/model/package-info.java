/** Submissions, their authors and keywords, the state machine, word counting and events. */
package org.samling.submission.model;

/** What every view shares: the current person, their language, dates, and refusal messages. */
package org.samling.web.support;

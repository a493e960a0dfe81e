/** What every context shares: the refusal of bad input, naming the field, the clock, and the audit event. */
package org.samling.shared;

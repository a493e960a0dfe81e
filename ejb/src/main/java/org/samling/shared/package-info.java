/** What every context shares: the refusal of bad input, naming the field, and the clock. */
package org.samling.shared;

/** Participant registration: one workshop per parallel block, seats, waiting lists that promote by themselves, allocation after the deadline. */
package org.samling.registration;

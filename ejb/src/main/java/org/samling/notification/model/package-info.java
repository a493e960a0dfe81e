/** Outbox mails and their delivery state machine. */
package org.samling.notification.model;

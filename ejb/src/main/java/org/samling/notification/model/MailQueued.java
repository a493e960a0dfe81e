package org.samling.notification.model;

/** Fired when a mail enters the outbox; after commit the dispatcher is woken. */
public record MailQueued(Long mailId) {
}

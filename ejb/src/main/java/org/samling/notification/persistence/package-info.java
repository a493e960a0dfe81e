/** JPA implementation of the outbox. */
package org.samling.notification.persistence;

/** Notification: every outgoing e-mail goes through a transactional outbox and WildFly's mail session. */
package org.samling.notification;

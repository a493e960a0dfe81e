/** The admin's view of the mail outbox. */
package org.samling.web.notification;

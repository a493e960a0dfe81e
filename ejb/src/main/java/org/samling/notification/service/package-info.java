/** Queueing, sending and retrying mails, and the mails that other contexts' events call for. */
package org.samling.notification.service;

package org.samling.notification.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Every 20 seconds, retries what is due: a container timer, so it works on every node. */
@Singleton
public class MailRetryTimer {

    @EJB
    MailDispatcher dispatcher;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retry() {
        dispatcher.dispatchDue();
    }
}

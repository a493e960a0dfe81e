package org.samling.notification;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.notification.model.MailState;
import org.samling.notification.model.OutboxMail;
import org.samling.notification.service.MailDispatcher;
import org.samling.notification.service.OutboxService;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox without an SMTP server (as the embedded default runs): mails are held, readable by
 * an admin only, and the dispatcher leaves them alone. Delivery through SMTP is shown by the
 * browser tests, which run a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    OutboxService outbox;
    @Inject
    MailDispatcher dispatcher;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy policy;

    private Actor admin() {
        var a = accounts.findByEmail(DemoAccounts.ADMIN).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), policy.groupsOf(a.getId()));
    }

    @Test
    void aMailInEachLanguageIsHeldAndTheAdminReadsIt() {
        String to = Deployments.uniqueEmail("outbox");
        for (Language l : Language.values()) {
            outbox.enqueue(to, l, "confirm", null, "Åsa Öberg", "http://localhost:8080/confirm.xhtml?token=abc");
        }
        dispatcher.dispatchDue();
        List<OutboxMail> mails = outbox.latest(admin(), to, 10);
        assertEquals(4, mails.size());
        assertTrue(mails.stream().allMatch(m -> m.getState() == MailState.HELD));
        assertEquals(Set.of("Confirm your e-mail address for Samling", "Bekræft din e-mailadresse til Samling",
                "Bekräfta din e-postadress för Samling", "Bekreft e-postadressen din for Samling"),
                Set.copyOf(mails.stream().map(OutboxMail::getSubject).toList()));
        assertTrue(mails.stream().allMatch(m -> m.getBody().contains("Åsa Öberg")));
    }

    @Test
    void onlyAnAdminMayReadTheOutboxAndWithoutSmtpNothingIsResent() {
        var author = accounts.findByEmail(DemoAccounts.AUTHOR_1).orElseThrow();
        Actor authorActor = new Actor(author.getId(), author.getEmail(), author.getName(), policy.groupsOf(author.getId()));
        DomainException e = assertThrows(DomainException.class, () -> outbox.latest(authorActor, null, 10));
        assertEquals("auth.forbidden", e.violations().get(0).messageKey());

        String to = Deployments.uniqueEmail("resend");
        OutboxMail m = outbox.enqueue(to, Language.EN, "reset", null, "Emily", "http://x/reset");
        DomainException noSmtp = assertThrows(DomainException.class, () -> outbox.resend(admin(), m.getId()));
        assertEquals("outbox.noSmtp", noSmtp.violations().get(0).messageKey());
        assertTrue(outbox.count(admin(), MailState.HELD) >= 1);
    }
}

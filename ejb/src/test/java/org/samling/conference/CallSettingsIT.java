package org.samling.conference;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.model.CallSettings;
import org.samling.conference.service.ConferenceSetup;
import org.samling.demo.DemoAccounts;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Only the conference's chairs change its call, and only to valid settings. */
@ExtendWith(ArquillianExtension.class)
class CallSettingsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy policy;

    private Actor actor(String email) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), policy.groupsOf(a.getId()));
    }

    @Test
    void aReviewerOrAuthorMayNotEvenReadTheSettings() {
        for (String who : new String[]{DemoAccounts.REVIEWER_1, DemoAccounts.AUTHOR_1}) {
            DomainException e = assertThrows(DomainException.class, () -> conferenceSetup.callSettings(actor(who), "nsw2027"));
            assertEquals("auth.forbidden", e.violations().get(0).messageKey());
        }
    }

    @Test
    void theChairsInvalidChangeIsRefusedAndTheSavedSettingsStay() {
        Actor chair = actor(DemoAccounts.CHAIR);
        CallSettings before = conferenceSetup.callSettings(chair, "nsw2027");
        CallSettings bad = new CallSettings(before.deadline(), before.opensAt(), before.graceMinutes(), before.notificationDate(),
                before.finalVersionDeadline(), 3, before.maxKeywords(), before.maxAuthors(), before.pdfPolicy(),
                before.pdfMaxPages(), before.pdfMaxBytes(), before.blind());
        DomainException e = assertThrows(DomainException.class, () -> conferenceSetup.configureCall(chair, "nsw2027", bad));
        assertEquals("deadline", e.violations().get(0).field());
        assertEquals(before, conferenceSetup.callSettings(chair, "nsw2027"));

        CallSettings fewerKeywords = new CallSettings(before.opensAt(), before.deadline(), before.graceMinutes(),
                before.notificationDate(), before.finalVersionDeadline(), before.wordLimit(), 4, before.maxAuthors(),
                before.pdfPolicy(), before.pdfMaxPages(), before.pdfMaxBytes(), before.blind());
        conferenceSetup.configureCall(chair, "nsw2027", fewerKeywords);
        assertEquals(4, conferenceSetup.callSettings(chair, "nsw2027").maxKeywords());
        conferenceSetup.configureCall(chair, "nsw2027", before);
    }
}

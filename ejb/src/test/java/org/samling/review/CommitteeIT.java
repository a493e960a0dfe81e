package org.samling.review;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.service.ConferenceService;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;
import org.samling.notification.model.OutboxMail;
import org.samling.notification.service.OutboxService;
import org.samling.review.model.InvitationState;
import org.samling.review.service.CommitteeService;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chair invites by mail; the link accepts (becoming a reviewer with the load set) or declines, once. */
@ExtendWith(ArquillianExtension.class)
class CommitteeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    CommitteeService committee;
    @Inject
    AccountService accounts;
    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    ConferenceService conferences;
    @Inject
    OutboxService outbox;

    private Actor chair() {
        Account a = accounts.findByEmail(DemoAccounts.CHAIR).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "chair"));
    }

    private Actor person(String name) {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("nina"), name, "Universitetet i Bergen", "NO", Language.NB,
                "rødgrøt med fløte");
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user"));
    }

    private Long nsw2027() {
        return conferences.byAcronym("nsw2027", Language.EN).orElseThrow().id();
    }

    /** The token from the link in the newest invitation mail to the address. */
    private String token(String email) {
        return token(outbox.latest(chair(), nsw2027(), email, 1).get(0));
    }

    private static String token(OutboxMail mail) {
        Matcher m = Pattern.compile("invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(mail.getBody());
        assertTrue(m.find(), mail.getBody());
        return m.group(1);
    }

    @Test
    void everyMistakeInAnInvitationIsNamedAtItsField() {
        DomainException e = assertThrows(DomainException.class, () -> committee.invite(chair(), "nsw2027", "nina@", "Nina",
                5, 7, Language.DA));
        assertEquals(List.of("minLoad", "email"), e.violations().stream().map(DomainException.Violation::field).toList());
        DomainException member = assertThrows(DomainException.class, () -> committee.invite(chair(), "nsw2027",
                DemoAccounts.REVIEWER_1, "Åsa", 5, 0, Language.DA));
        assertEquals("invitation.alreadyMember", member.violations().get(0).messageKey());
        String email = Deployments.uniqueEmail("twice");
        committee.invite(chair(), "nsw2027", email, "Nina", 5, 0, Language.DA);
        assertEquals("invitation.pending", assertThrows(DomainException.class, () -> committee.invite(chair(), "nsw2027", email,
                "Nina", 5, 0, Language.DA)).violations().get(0).messageKey());
        assertThrows(DomainException.class,
                () -> committee.invite(person("Not a chair"), "nsw2027", "x@y.no", "X", 5, 0, Language.DA));
    }

    @Test
    void acceptingMakesAReviewerWithTheLoadAndOnlyOnce() {
        Actor nina = person("Nina Haugland");
        committee.invite(chair(), "nsw2027", nina.email(), "Nina Haugland", 5, 1, Language.DA);
        OutboxMail mail = outbox.latest(chair(), nsw2027(), nina.email(), 1).get(0);
        assertEquals("Invitasjon til å vurdere for Nordic Social Work Conference 2027: Welfare at the Threshold",
                mail.getSubject(),
                "in Nina's own language");
        assertTrue(mail.getBody().contains("høyst 5 abstracts") && mail.getBody().contains("Mette Kjærgaard"), mail.getBody());
        String token = token(mail);
        assertEquals(InvitationState.INVITED, committee.invited(token, Language.NB).orElseThrow().state());
        assertTrue(!identityPolicy.isReviewerOf(nina, nsw2027()));

        assertEquals("nsw2027", committee.accept(nina, token, Language.NB));
        assertTrue(identityPolicy.isReviewerOf(nina, nsw2027()));
        var member = committee.members(chair(), "nsw2027", Language.DA).stream()
                .filter(m -> m.accountId().equals(nina.accountId())).findFirst().orElseThrow();
        assertEquals(5, member.maxLoad());
        assertEquals(1, member.minLoad());
        assertEquals("invitation.answered", assertThrows(DomainException.class, () -> committee.decline(token))
                .violations().get(0).messageKey());

        committee.setLoads(chair(), "nsw2027", nina.accountId(), 3, 0, Language.DA);
        assertEquals(3, committee.members(chair(), "nsw2027", Language.DA).stream()
                .filter(m -> m.accountId().equals(nina.accountId())).findFirst().orElseThrow().maxLoad());
        assertEquals("minLoad", assertThrows(DomainException.class, () -> committee.setLoads(chair(), "nsw2027",
                nina.accountId(), 3, 4, Language.DA)).violations().get(0).field());
        assertEquals("committee.notMember", assertThrows(DomainException.class, () -> committee.setLoads(chair(), "nsw2027",
                person("Stranger").accountId(), 3, 0, Language.DA)).violations().get(0).messageKey());
    }

    @Test
    void decliningNeedsNoAccountAndAnUnknownLinkShowsNothing() {
        String email = Deployments.uniqueEmail("decline");
        committee.invite(chair(), "nsw2027", email, "", 5, 0, Language.DA);
        OutboxMail mail = outbox.latest(chair(), nsw2027(), email, 1).get(0);
        assertTrue(mail.getSubject().startsWith("Invitation til at bedømme"), "no account: in the chair's language");
        String token = token(mail);
        committee.decline(token);
        assertEquals(InvitationState.DECLINED, committee.invited(token, Language.EN).orElseThrow().state());
        assertTrue(committee.invitations(chair(), "nsw2027", Language.DA).stream()
                .anyMatch(i -> i.email().equals(email) && i.state() == InvitationState.DECLINED));
        assertTrue(committee.invited("not-a-token", Language.EN).isEmpty());
        assertEquals("invitation.notFound", assertThrows(DomainException.class,
                () -> committee.accept(person("Someone"), "not-a-token", Language.EN)).violations().get(0).messageKey());
    }
}

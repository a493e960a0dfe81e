package org.samling.demo;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.model.CallPhase;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginService;
import org.samling.support.Deployments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A newcomer's first run: the demo people, an open call a month away, and a decided conference coming up. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    ConferenceService conferences;
    @Inject
    LoginService login;
    @Inject
    IdentityPolicy policy;

    @Test
    void nsw2027HasAnOpenCallWithADeadlineAboutAMonthAway() {
        ConferenceView c = conferences.byAcronym("nsw2027", Language.DA).orElseThrow();
        assertEquals(CallPhase.OPEN, c.phase());
        assertEquals("Europe/Copenhagen", c.zone().getId());
        assertTrue(c.description().contains("socialt arbejde"), c.description());
        long days = Duration.between(Instant.now(), c.deadline()).toDays();
        assertTrue(days >= 0 && days <= 31, "deadline in " + days + " days");
        assertTrue(conferences.openCalls(Language.EN).stream().anyMatch(v -> v.acronym().equals("nsw2027")));
    }

    @Test
    void nsw2026IsDecidedAndHeldInAMonthItsCallClosed() {
        ConferenceView c = conferences.byAcronym("nsw2026", Language.SV).orElseThrow();
        assertEquals(CallPhase.CLOSED, c.phase());
        assertTrue(c.firstDay().isAfter(LocalDate.now()), "held after today: " + c.firstDay());
        assertTrue(c.description().contains("besluten är skickade"), c.description());
        assertTrue(conferences.openCalls(Language.EN).stream().noneMatch(v -> v.acronym().equals("nsw2026")));
    }

    @Test
    void theDemoChairChairsBothConferencesAndTheDemoAuthorNone() {
        LoginOutcome chair = login.authenticate(DemoAccounts.CHAIR, DemoAccounts.PASSWORD, "it-demo-" + System.nanoTime());
        LoginOutcome.Success s = assertInstanceOf(LoginOutcome.Success.class, chair);
        assertTrue(s.groups().contains("chair"));
        Actor actor = new Actor(s.accountId(), s.email(), "chair", s.groups());
        assertEquals(2, conferences.chairedBy(actor, Language.EN).size());

        LoginOutcome author = login.authenticate(DemoAccounts.AUTHOR_1, DemoAccounts.PASSWORD, "it-demo-" + System.nanoTime());
        LoginOutcome.Success a = assertInstanceOf(LoginOutcome.Success.class, author);
        Actor authorActor = new Actor(a.accountId(), a.email(), "author", a.groups());
        assertEquals(Set.of("user"), a.groups());
        assertTrue(conferences.chairedBy(authorActor, Language.EN).isEmpty());
        assertTrue(!policy.canEnterChairArea(authorActor));
    }
}

package org.samling.identity;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.TokenScope;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.ApiTokenService;
import org.samling.identity.service.ProfileForm;
import org.samling.identity.service.RegistrationForm;
import org.samling.notification.model.MailState;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration, confirmation by the mailed link, password reset and profile, in transactions. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    AccountService accounts;
    @Inject
    Outbox outbox;
    @Inject
    ApiTokenService tokens;

    private RegistrationForm form(String email) {
        return new RegistrationForm(email, "Søren Højgaard", "Københavns Professionshøjskole", "DK", Language.DA,
                "blåbær og rugbrød", "blåbær og rugbrød");
    }

    private String tokenFromLatestMail(String email) {
        List<OutboxMail> mails = outbox.latest(email, 1);
        assertEquals(1, mails.size(), "one mail to " + email);
        Matcher m = TOKEN.matcher(mails.get(0).getBody());
        assertTrue(m.find(), mails.get(0).getBody());
        return m.group(1);
    }

    @Test
    void registrationKeepsNordicLettersAndMailsAConfirmationLinkInTheAuthorsLanguage() {
        String email = Deployments.uniqueEmail("Soeren");
        Account a = accounts.register(form(email)).orElseThrow();
        assertEquals(email.toLowerCase(), a.getEmail());
        assertEquals("Søren Højgaard", accounts.find(a.getId()).orElseThrow().getName());
        assertFalse(a.isEmailConfirmed());
        assertNotEquals("blåbær og rugbrød", a.getPasswordHash());
        assertTrue(a.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), a.getPasswordHash());

        OutboxMail mail = outbox.latest(email.toLowerCase(), 1).get(0);
        assertEquals("Bekræft din e-mailadresse til Samling", mail.getSubject());
        assertTrue(mail.getBody().startsWith("Kære Søren Højgaard"), mail.getBody());
        // The IT servers have no SMTP server: the mail waits in the outbox for an admin to read.
        assertEquals(MailState.HELD, mail.getState());

        Account confirmed = accounts.confirmEmail(tokenFromLatestMail(email.toLowerCase()));
        assertTrue(confirmed.isEmailConfirmed());
    }

    @Test
    void aConfirmationLinkWorksOnceAndAnUnknownOneIsRefused() {
        String email = Deployments.uniqueEmail("once");
        accounts.register(form(email));
        String token = tokenFromLatestMail(email);
        accounts.confirmEmail(token);
        DomainException again = assertThrows(DomainException.class, () -> accounts.confirmEmail(token));
        assertEquals("token.used", again.violations().get(0).messageKey());
        DomainException unknown = assertThrows(DomainException.class, () -> accounts.confirmEmail("not-a-token"));
        assertEquals("token", unknown.violations().get(0).field());
        assertEquals("token.invalid", unknown.violations().get(0).messageKey());
    }

    @Test
    void badInputNamesEveryFieldAndSavesNothing() {
        String email = Deployments.uniqueEmail("bad");
        DomainException e = assertThrows(DomainException.class, () -> accounts.register(new RegistrationForm(
                "not an address", "", null, "XX", Language.SV, "kort", "kort")));
        assertEquals(Set.of("email", "name", "country", "password"),
                Set.copyOf(e.violations().stream().map(DomainException.Violation::field).toList()));

        DomainException mismatch = assertThrows(DomainException.class, () -> accounts.register(new RegistrationForm(
                email, "Åsa", null, "SE", Language.SV, "blåbär och knäckebröd", "blåbär och knäckebrö")));
        assertEquals("passwordRepeat", mismatch.violations().get(0).field());
        assertTrue(accounts.findByEmail(email).isEmpty());
        assertTrue(outbox.latest(email, 5).isEmpty());
    }

    @Test
    void anAddressCanRegisterOnlyOnceAndTheFormSaysNothingMoreTheOwnerIsMailed() {
        String email = Deployments.uniqueEmail("twice");
        assertTrue(accounts.register(form(email)).isPresent());
        assertTrue(accounts.register(form(email.toUpperCase())).isEmpty(), "the same answer as for a new address: no error");
        assertEquals(List.of("REGISTRATIONREPEATED", "CONFIRM"),
                outbox.latest(email, 5).stream().map(OutboxMail::getKind).toList());
        // Nobody can flood an address through the site: at most five such mails an hour.
        for (int i = 0; i < 6; i++) {
            accounts.register(form(email));
        }
        assertEquals(5, outbox.latest(email, 20).size());
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndStrangersLearnNothing() {
        String email = Deployments.uniqueEmail("reset");
        Account a = accounts.register(form(email)).orElseThrow();
        String oldHash = a.getPasswordHash();
        accounts.requestPasswordReset(email);
        OutboxMail mail = outbox.latest(email, 1).get(0);
        assertEquals("Vælg en ny adgangskode til Samling", mail.getSubject());
        String token = tokenFromLatestMail(email);

        // A second request: two links out, a session and a personal token in use.
        accounts.requestPasswordReset(email);
        String second = tokenFromLatestMail(email);
        Actor me = new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user"));
        String apiToken = tokens.create(me, "script", TokenScope.READ, null, 30, false).token();
        Instant sessionBefore = Instant.now().minusSeconds(1);

        DomainException weak = assertThrows(DomainException.class, () -> accounts.resetPassword(token, "kort", "kort", true));
        assertEquals("password", weak.violations().get(0).field());
        Account after = accounts.resetPassword(token, "ny lang adgangskode", "ny lang adgangskode", true);
        assertNotEquals(oldHash, after.getPasswordHash());
        assertTrue(after.isEmailConfirmed(), "the link proved the address");
        assertThrows(DomainException.class, () -> accounts.resetPassword(token, "endnu en kode 2", "endnu en kode 2", false));
        assertEquals("token.used", assertThrows(DomainException.class,
                () -> accounts.resetPassword(second, "endnu en kode 2", "endnu en kode 2", false)).violations().get(0)
                .messageKey(),
                "every other link of the account stops working");
        assertFalse(accounts.find(a.getId()).orElseThrow().sessionValid(sessionBefore), "sessions opened before end");
        assertTrue(tokens.authenticate(apiToken).isEmpty(), "the tokens are revoked, as asked");

        String stranger = Deployments.uniqueEmail("nobody");
        accounts.requestPasswordReset(stranger);
        assertTrue(outbox.latest(stranger, 5).isEmpty());
        DomainException malformed = assertThrows(DomainException.class, () -> accounts.requestPasswordReset("x@"));
        assertEquals("email", malformed.violations().get(0).field());
    }

    @Test
    void theProfileChangesForItsOwnerAndAVisitorIsRefused() {
        String email = Deployments.uniqueEmail("profile");
        Account a = accounts.register(form(email)).orElseThrow();
        Actor me = new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user"));
        Account changed = accounts.updateProfile(me,
                new ProfileForm("Søren H. Højgaard", "Aalborg Universitet", "dk", Language.NB));
        assertEquals("DK", changed.getCountry());
        assertEquals(Language.NB, changed.getLanguage());
        DomainException e = assertThrows(DomainException.class,
                () -> accounts.updateProfile(me, new ProfileForm(" ", null, "ZZ", Language.NB)));
        assertEquals(Set.of("name", "country"),
                Set.copyOf(e.violations().stream().map(DomainException.Violation::field).toList()));
        assertEquals("Søren H. Højgaard", accounts.find(a.getId()).orElseThrow().getName(), "nothing lost");
        assertThrows(DomainException.class,
                () -> accounts.updateProfile(Actor.VISITOR, new ProfileForm("x", null, null, Language.EN)));
    }
}

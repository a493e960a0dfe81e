package org.samling.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Language;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.RegistrationForm;
import org.samling.shared.DomainException;
import org.samling.web.support.Countries;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.PersonFields;

import java.util.List;

/** The registration form. On success the page says where the confirmation link went. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    AccountService accountService;
    @Inject
    LocaleBean localeBean;
    @Inject
    Countries countries;

    private final PersonFields person = new PersonFields();
    private Language language;
    private String password;
    private String passwordRepeat;
    private boolean done;

    public void register() {
        try {
            accountService.register(
                    new RegistrationForm(person.getEmail(), person.getName(), person.getAffiliation(), person.getCountry(),
                            language == null ? localeBean.getLanguage() : language, password, passwordRepeat));
            done = true;
        } catch (DomainException e) {
            FacesMessages.show(e, "register");
        }
    }

    public List<Countries.Country> getCountries() { return countries.list(localeBean.getLocale()); }

    public Language getLanguage() { return language == null ? localeBean.getLanguage() : language; }

    public void setLanguage(Language language) { this.language = language; }

    public PersonFields getPerson() { return person; }

    public boolean isDone() { return done; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getPasswordRepeat() { return passwordRepeat; }

    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
}

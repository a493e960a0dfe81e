package org.samling.web.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.ProfileForm;
import org.samling.shared.DomainException;
import org.samling.web.support.Countries;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.PersonFields;

import java.io.Serializable;
import java.util.List;

/** The person's own profile: name, affiliation, country, preferred language. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    @Inject
    AccountService accountService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;
    @Inject
    Countries countries;

    private PersonFields person;
    private Language language;

    public void load() {
        if (person != null) {
            return;
        }
        Account a = accountService.require(currentUser.actor());
        person = new PersonFields(a.getName(), a.getEmail(), a.getAffiliation(), a.getCountry());
        language = a.getLanguage();
    }

    public void save() {
        try {
            Account a = accountService.updateProfile(currentUser.actor(),
                    new ProfileForm(person.getName(), person.getAffiliation(), person.getCountry(), language));
            localeBean.choose(a.getLanguage());
            // This very page is now rendered in the new language, and the header shows the new name.
            FacesContext.getCurrentInstance().getViewRoot().setLocale(a.getLanguage().locale());
            currentUser.refresh();
            FacesMessages.info("profile.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "profile");
        }
    }

    public List<Countries.Country> getCountries() { return countries.list(localeBean.getLocale()); }

    public List<Language> getLanguages() { return Language.all(); }

    public PersonFields getPerson() { return person; }

    public Language getLanguage() { return language; }

    public void setLanguage(Language language) { this.language = language; }
}

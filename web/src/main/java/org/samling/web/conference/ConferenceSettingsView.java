package org.samling.web.conference;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceSettings;
import org.samling.conference.service.ConferenceSetup;
import org.samling.i18n.Language;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A chair sets up a conference: a new one (no {@code ?c=}; the creator becomes its chair) or
 * one they chair. Name, venue(s), time zone, days, languages offered, a description in each.
 */
@Named
@ViewScoped
public class ConferenceSettingsView implements Serializable {

    /** The zones a Nordic chair most likely wants come first in the list. */
    private static final List<String> NEAR = List.of("Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo",
            "Europe/Helsinki", "Atlantic/Reykjavik", "Atlantic/Faroe", "America/Nuuk", "Europe/London", "UTC");

    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    CurrentUser currentUser;

    private String acronym;
    private boolean creating;
    private String newAcronym;
    private String name;
    private String venue;
    private String timeZone = "Europe/Copenhagen";
    private String firstDay;
    private String lastDay;
    private List<String> languages = new ArrayList<>(List.of("EN"));
    private final Map<String, String> descriptions = new HashMap<>();

    public void load() throws IOException {
        creating = acronym == null || acronym.isBlank();
        if (creating) {
            if (!currentUser.isChair()) {
                Pages.forbidden();
            }
            return;
        }
        Pages.guard(() -> {
            ConferenceSettings s = conferenceSetup.conferenceSettings(currentUser.actor(), acronym);
            name = s.name();
            venue = s.venue();
            timeZone = s.timeZone();
            firstDay = s.firstDay().toString();
            lastDay = s.lastDay().toString();
            languages = new ArrayList<>(s.languages().stream().map(Language::name).toList());
            s.descriptions().forEach((l, d) -> descriptions.put(l.code(), d));
        });
    }

    public void save() throws IOException {
        try {
            Violations v = new Violations();
            LocalDate first = date(v, "firstDay", firstDay);
            LocalDate last = date(v, "lastDay", lastDay);
            v.throwIfAny();
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                String d = descriptions.get(l.code());
                if (d != null && !d.isBlank()) {
                    texts.put(l, d);
                }
            }
            List<Language> offered = languages.stream().map(Language::valueOf).toList();
            ConferenceSettings s = new ConferenceSettings(creating ? newAcronym : acronym, name, venue, timeZone,
                    first, last, offered, texts);
            if (creating) {
                String created = conferenceSetup.create(currentUser.actor(), s);
                FacesMessages.flashInfo("conference.created");
                ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
                ec.redirect(ec.getRequestContextPath() + "/chair/call.xhtml?c=" + created);
            } else {
                conferenceSetup.configureConference(currentUser.actor(), acronym, s);
                FacesMessages.info("conference.saved");
            }
        } catch (DomainException e) {
            FacesMessages.show(e, "conference");
        }
    }

    private static LocalDate date(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "field.date");
            return null;
        }
    }

    public List<String> getZones() {
        return Stream.concat(NEAR.stream(), ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/") && !NEAR.contains(z))
                .sorted()).toList();
    }

    public Language[] getAllLanguages() { return Language.values(); }

    public boolean isCreating() { return creating; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getNewAcronym() { return newAcronym; }

    public void setNewAcronym(String newAcronym) { this.newAcronym = newAcronym; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getVenue() { return venue; }

    public void setVenue(String venue) { this.venue = venue; }

    public String getTimeZone() { return timeZone; }

    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }

    public String getFirstDay() { return firstDay; }

    public void setFirstDay(String firstDay) { this.firstDay = firstDay; }

    public String getLastDay() { return lastDay; }

    public void setLastDay(String lastDay) { this.lastDay = lastDay; }

    public List<String> getLanguages() { return languages; }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public Map<String, String> getDescriptions() { return descriptions; }
}

package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.review.model.ReviewerProfileForm;
import org.samling.review.service.ReviewerProfileService;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

/** A committee member's profile for one conference: expertise, languages, declared conflicts. */
@Named
@ViewScoped
public class ReviewerProfileView implements Serializable {

    @Inject
    ReviewerProfileService profiles;
    @Inject
    ConferenceService conferenceService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String conferenceName;
    private List<CallDetails.TrackView> allTracks = List.of();
    private List<String> tracks = new ArrayList<>();
    private List<String> reviewLanguages = new ArrayList<>();
    private String expertiseKeywords;
    private String fieldDescription;
    private String declaredPeople;
    private String declaredInstitutions;

    public void load() throws IOException {
        Pages.guard(() -> {
            CallDetails call = conferenceService.callDetails(acronym, localeBean.getLanguage())
                    .orElseThrow(() -> new DomainException(null, "conference.notFound"));
            conferenceName = call.conference().name();
            allTracks = call.tracks();
            ReviewerProfileForm f = profiles.profile(currentUser.actor(), acronym, localeBean.getLanguage());
            tracks = new ArrayList<>(f.trackIds().stream().map(String::valueOf).toList());
            reviewLanguages = new ArrayList<>(f.languages().stream().map(Enum::name).toList());
            expertiseKeywords = String.join(", ", f.keywords());
            fieldDescription = f.fieldDescription();
            declaredPeople = String.join("\n", f.declaredPeople());
            declaredInstitutions = String.join("\n", f.declaredInstitutions());
        });
    }

    public void save() {
        try {
            EnumSet<AbstractLanguage> languages = EnumSet.noneOf(AbstractLanguage.class);
            reviewLanguages.forEach(l -> languages.add(AbstractLanguage.valueOf(l)));
            profiles.save(currentUser.actor(), acronym, new ReviewerProfileForm(
                    new LinkedHashSet<>(tracks.stream().map(Long::valueOf).toList()), languages,
                    split(expertiseKeywords, "[,;\\n]"), fieldDescription, split(declaredPeople, "\\n"),
                    split(declaredInstitutions, "\\n")), localeBean.getLanguage());
            FacesMessages.info("reviewerProfile.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "profile");
        }
    }

    private static List<String> split(String text, String by) {
        return text == null ? List.of() : Arrays.stream(text.split(by)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public AbstractLanguage[] getLanguageChoices() {
        return new AbstractLanguage[]{AbstractLanguage.DA, AbstractLanguage.SV, AbstractLanguage.NB, AbstractLanguage.EN};
    }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getConferenceName() { return conferenceName; }

    public List<CallDetails.TrackView> getAllTracks() { return allTracks; }

    public List<String> getTracks() { return tracks; }

    public void setTracks(List<String> tracks) { this.tracks = tracks == null ? new ArrayList<>() : new ArrayList<>(tracks); }

    public List<String> getReviewLanguages() { return reviewLanguages; }

    public void setReviewLanguages(List<String> reviewLanguages) {
        this.reviewLanguages = reviewLanguages == null ? new ArrayList<>() : new ArrayList<>(reviewLanguages);
    }

    public String getExpertiseKeywords() { return expertiseKeywords; }

    public void setExpertiseKeywords(String expertiseKeywords) { this.expertiseKeywords = expertiseKeywords; }

    public String getFieldDescription() { return fieldDescription; }

    public void setFieldDescription(String fieldDescription) { this.fieldDescription = fieldDescription; }

    public String getDeclaredPeople() { return declaredPeople; }

    public void setDeclaredPeople(String declaredPeople) { this.declaredPeople = declaredPeople; }

    public String getDeclaredInstitutions() { return declaredInstitutions; }

    public void setDeclaredInstitutions(String declaredInstitutions) { this.declaredInstitutions = declaredInstitutions; }
}

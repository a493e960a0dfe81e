package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.review.service.ReviewProgressService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;

/** The chairs' view of the committee's progress, with one click to remind every late reviewer. */
@Named
@ViewScoped
public class ReviewProgressView implements Serializable {

    @Inject
    ReviewProgressService progress;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private transient ReviewProgressService.Overview overview;
    private Integer reminderDays;

    public void load() throws IOException {
        Pages.guard(this::getOverview);
    }

    public ReviewProgressService.Overview getOverview() {
        if (overview == null) {
            overview = progress.overview(currentUser.actor(), acronym, localeBean.getLanguage());
            if (reminderDays == null) {
                reminderDays = overview.reminderDays();
            }
        }
        return overview;
    }

    public void saveReminderDays() {
        try {
            progress.remindEvery(currentUser.actor(), acronym, reminderDays, localeBean.getLanguage());
            overview = null;
            FacesMessages.info("progress.reminderDaysSaved");
        } catch (DomainException e) {
            FacesMessages.show(e, "interval");
        }
    }

    public Integer getReminderDays() { return reminderDays; }

    public void setReminderDays(Integer reminderDays) { this.reminderDays = reminderDays; }

    public void remind() {
        try {
            int n = progress.remindLate(currentUser.actor(), acronym, localeBean.getLanguage());
            overview = null;
            FacesMessages.info("progress.reminded", n);
        } catch (DomainException e) {
            FacesMessages.show(e, "remind");
        }
    }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }
}

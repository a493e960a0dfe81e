package org.samling.web.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Messages;
import org.samling.lifecycle.service.RetentionService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;

import java.io.Serializable;

/** The chairs' retention period, on the conference's log page: months after the conference, or empty to keep. */
@Named
@ViewScoped
public class RetentionForm implements Serializable {

    @Inject
    RetentionService retention;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String months;
    private RetentionService.View view;

    @PostConstruct
    void init() {
        acronym = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("c");
    }

    /** The period as saved, read once per view (the log page's own read refuses a stranger first). */
    public RetentionService.View getView() {
        if (view == null && acronym != null) {
            view = retention.view(currentUser.actor(), acronym);
            months = view.months() == null ? "" : view.months().toString();
        }
        return view;
    }

    public void save() {
        Integer value;
        try {
            value = months == null || months.isBlank() ? null : Integer.valueOf(months.strip());
        } catch (NumberFormatException e) {
            FacesMessages.show(new DomainException("months", "retention.months", 1, 120), "retention");
            return;
        }
        try {
            retention.set(currentUser.actor(), acronym, value);
            view = null;
            FacesMessages.info("retention.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "retention");
        }
    }

    /** "Erased on …; the chairs are told on …", "Erased on …" or "kept", in the reader's language. */
    public String getState() {
        RetentionService.View v = getView();
        if (v == null) {
            return "";
        }
        var locale = localeBean.getLanguage().locale();
        if (v.erasedAt() != null) {
            return Messages.get(locale, "retention.erasedAt", Messages.dateTime(locale, v.erasedAt(), v.zone()));
        }
        return v.months() == null
                ? Messages.get(locale, "retention.kept")
                : Messages.get(locale, "retention.due", Messages.dateTime(locale, v.dueAt(), v.zone()),
                        Messages.dateTime(locale, v.noticeAt(), v.zone()));
    }

    public String getMonths() {
        getView();
        return months;
    }

    public void setMonths(String months) { this.months = months; }
}

package org.samling.web.decision;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.decision.service.AuthorDecisions;
import org.samling.decision.service.DecisionViews;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An author's page for the decision on their submission and the reviews' comments to the authors;
 * once accepted, where they confirm who presents and that they come, and reach the final version.
 */
@Named
@ViewScoped
public class AuthorDecisionView implements Serializable {

    @Inject
    AuthorDecisions decisions;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private Long id;
    private transient DecisionViews.ForAuthor decision;

    private Integer presenter;
    private Boolean attending;

    public void load() throws IOException {
        Pages.guard(() -> {
            DecisionViews.Confirmation c = getDecision().confirmation();
            presenter = c.presenter();
            attending = c.attending();
        });
    }

    /** The authors confirm who presents and whether they come; back to this page with a message. */
    public String confirm() {
        try {
            decisions.confirm(currentUser.actor(), id, presenter, attending, localeBean.getLanguage());
            FacesMessages.flashInfo("finalVersion.confirmed");
            return "/author/decision.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            FacesMessages.show(e, "confirmation");
            return null;
        }
    }

    /** The authors by position, to choose who presents. */
    public List<SelectItem> getPresenterChoices() {
        List<SelectItem> items = new ArrayList<>();
        List<String> names = getDecision().authors();
        for (int i = 0; i < names.size(); i++) {
            items.add(new SelectItem(i, names.get(i)));
        }
        return items;
    }

    public Integer getPresenter() { return presenter; }

    public void setPresenter(Integer presenter) { this.presenter = presenter; }

    public Boolean getAttending() { return attending; }

    public void setAttending(Boolean attending) { this.attending = attending; }

    public DecisionViews.ForAuthor getDecision() {
        if (decision == null) {
            decision = decisions.forAuthor(currentUser.actor(), id, localeBean.getLanguage());
        }
        return decision;
    }

    /** The authors withdraw their accepted submission; back to this page with a message. */
    public String withdraw() {
        try {
            decisions.withdrawAccepted(currentUser.actor(), id, localeBean.getLanguage());
            FacesMessages.flashInfo("decision.withdrawnDone");
            return "/author/decision.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            FacesMessages.show(e, "withdraw");
            return null;
        }
    }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }
}

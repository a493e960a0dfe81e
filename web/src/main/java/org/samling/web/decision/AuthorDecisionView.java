package org.samling.web.decision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.decision.service.DecisionService;
import org.samling.decision.service.DecisionViews;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;

/** An author's page for the decision on their submission and the reviews' comments to the authors. */
@Named
@ViewScoped
public class AuthorDecisionView implements Serializable {

    @Inject
    DecisionService decisions;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private Long id;
    private transient DecisionViews.ForAuthor decision;

    public void load() throws IOException {
        Pages.guard(this::getDecision);
    }

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
            org.samling.web.support.FacesMessages.flashInfo("decision.withdrawnDone");
            return "/author/decision.xhtml?faces-redirect=true&id=" + id;
        } catch (org.samling.shared.DomainException e) {
            org.samling.web.support.FacesMessages.show(e, "withdraw");
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.program.service.ProgramProposals;
import org.samling.program.service.Proposal;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;

import java.io.Serializable;

/** The programme proposal on the editor page: planned and previewed, then applied or discarded. */
@Named
@ViewScoped
public class ProposalForm implements Serializable {

    @Inject
    ProgramEditorView page;
    @Inject
    ProgramProposals proposals;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private Proposal proposal;

    public void propose() {
        try {
            proposal = proposals.propose(currentUser.actor(), page.acronym(), localeBean.getLanguage());
            if (proposal.sessions().isEmpty()) {
                FacesMessages.info("program.proposalNone");
                proposal = null;
            }
        } catch (DomainException e) {
            FacesMessages.show(e, "proposal");
        }
    }

    public void acceptProposal() {
        if (proposal == null) {
            return;
        }
        int[] placed = new int[1];
        if (page.change("proposal", () -> placed[0] = proposals.applyProposal(currentUser.actor(), page.acronym(), proposal,
                localeBean.getLanguage()), null)) {
            FacesMessages.info("program.proposalApplied", placed[0]);
        }
        proposal = null;
    }

    public void discardProposal() {
        proposal = null;
    }

    public String getProposalSummary() {
        Language l = localeBean.getLanguage();
        return proposal == null
                ? ""
                : Messages.get(l, "program.proposalSummary", proposal.placed(), proposal.sessions().size(),
                        proposal.unplaced().size(),
                        Messages.get(l, proposal.optimal() ? "program.proposalOptimal" : "program.proposalFeasible"));
    }

    public Proposal getProposal() { return proposal; }
}

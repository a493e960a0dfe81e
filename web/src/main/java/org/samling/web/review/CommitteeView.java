package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.review.service.CommitteeService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.Params;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The chair's committee page: members with their loads, invitations with their state, and the invite form. */
@Named
@ViewScoped
public class CommitteeView implements Serializable {

    @Inject
    CommitteeService committee;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private transient List<CommitteeService.Member> members;
    /** Text as typed (an EL map gets no converter): parsed when saved. */
    private final Map<Long, String> maxLoads = new HashMap<>();
    private final Map<Long, String> minLoads = new HashMap<>();
    private String email;
    private String name;
    private Integer maxLoad = 8;
    private Integer minLoad = 0;

    public void load() throws IOException {
        Pages.guard(this::getMembers);
    }

    public List<CommitteeService.Member> getMembers() {
        if (members == null) {
            members = committee.members(currentUser.actor(), acronym, localeBean.getLanguage());
            members.forEach(m -> {
                maxLoads.putIfAbsent(m.accountId(), Integer.toString(m.maxLoad()));
                minLoads.putIfAbsent(m.accountId(), Integer.toString(m.minLoad()));
            });
        }
        return members;
    }

    public List<CommitteeService.Invitation> getInvitations() {
        return committee.invitations(currentUser.actor(), acronym, localeBean.getLanguage());
    }

    public void invite() {
        try {
            committee.invite(currentUser.actor(), acronym, email, name, maxLoad, minLoad, localeBean.getLanguage());
            FacesMessages.info("committee.invited");
            email = null;
            name = null;
        } catch (DomainException e) {
            FacesMessages.show(e, "invite");
        }
    }

    public void saveLoads(Long accountId) {
        try {
            committee.setLoads(currentUser.actor(), acronym, accountId, Params.whole(maxLoads.get(accountId)),
                    Params.whole(minLoads.get(accountId)), localeBean.getLanguage());
            FacesMessages.info("committee.loadsSaved");
            members = null;
        } catch (DomainException e) {
            FacesMessages.show(e, "members");
        }
    }

    public Map<Long, String> getMaxLoads() { return maxLoads; }

    public Map<Long, String> getMinLoads() { return minLoads; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public Integer getMaxLoad() { return maxLoad; }

    public void setMaxLoad(Integer maxLoad) { this.maxLoad = maxLoad; }

    public Integer getMinLoad() { return minLoad; }

    public void setMinLoad(Integer minLoad) { this.minLoad = minLoad; }
}

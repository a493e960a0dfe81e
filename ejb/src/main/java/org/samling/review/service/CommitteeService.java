package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.EmailRules;
import org.samling.identity.service.TokenCodec;
import org.samling.review.model.Committee;
import org.samling.review.model.CommitteeInvitation;
import org.samling.review.model.CommitteeMember;
import org.samling.review.model.InvitationSent;
import org.samling.review.model.InvitationState;
import org.samling.review.model.LoadLimits;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The committee of a conference: its members with their load limits, and the invitations a chair
 * sends by mail (accept or decline from the link; whoever accepts becomes a reviewer of the
 * conference with the load the chair set).
 */
@Stateless
public class CommitteeService {

    @Inject
    Committee committee;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;
    @Inject
    Event<InvitationSent> invitationSent;

    /** A member as the chair sees them. */
    public record Member(Long accountId, String name, String email, String affiliation, int maxLoad, int minLoad) {
    }

    /** An invitation as the chair sees it. */
    public record Invitation(Long id, String email, String name, InvitationState state, int maxLoad,
            Instant invitedAt, Instant answeredAt) {
    }

    /** An invitation as its recipient sees it from the link. */
    public record Invited(String conferenceName, String acronym, String name, InvitationState state) implements Serializable {
    }

    public List<Member> members(Actor actor, String acronym, Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        Map<Long, CommitteeMember> loads = committee.membersOf(conferenceId).stream()
                .collect(Collectors.toMap(CommitteeMember::getAccountId, Function.identity()));
        return accounts.holders(Role.REVIEWER, conferenceId).stream().map(a -> {
            CommitteeMember m = loads.get(a.getId());
            return new Member(a.getId(), a.getName(), a.getEmail(), a.getAffiliation(),
                    m == null ? CommitteeMember.DEFAULT_MAX_LOAD : m.getMaxLoad(), m == null ? 0 : m.getMinLoad());
        }).toList();
    }

    public List<Invitation> invitations(Actor actor, String acronym, Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        return committee.invitationsOf(conferenceId).stream().map(i -> new Invitation(i.getId(), i.getEmail(), i.getName(),
                i.getState(), i.getMaxLoad(), i.getInvitedAt(), i.getAnsweredAt())).toList();
    }

    /** Invites someone by e-mail with a load; the mail goes out in their language (if known) or the chair's. */
    public void invite(Actor actor, String acronym, String email, String name, Integer maxLoad, Integer minLoad,
            Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        Violations v = LoadLimits.check(maxLoad, minLoad);
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            v.add("email", "field.required");
        } else if (!EmailRules.isValid(address)) {
            v.add("email", "email.malformed");
        } else if (accounts.holders(Role.REVIEWER, c.id()).stream().anyMatch(a -> a.getEmail().equals(address))) {
            v.add("email", "invitation.alreadyMember");
        } else if (committee.invitationsOf(c.id()).stream().anyMatch(i -> i.getEmail().equals(address)
                && i.getState() == InvitationState.INVITED)) {
            v.add("email", "invitation.pending");
        }
        String who = name == null ? "" : name.strip();
        if (who.length() > 200) {
            v.add("name", "field.tooLong", 200);
        }
        v.throwIfAny();
        String token = TokenCodec.newToken();
        committee.add(new CommitteeInvitation(c.id(), address, who, maxLoad, minLoad, TokenCodec.hash(token),
                actor.accountId(), clock.instant()));
        // In the invitee's own language if they have an account here, else in the chair's.
        Language language = accounts.findByEmail(address).map(Account::getLanguage).orElse(reader);
        invitationSent.fire(new InvitationSent(c.id(), c.name(), address, who, actor.name(), language, token, maxLoad));
    }

    /** What the link shows: the conference and the state; empty for an unknown token. */
    public Optional<Invited> invited(String token, Language reader) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return committee.invitationByTokenHash(TokenCodec.hash(token.trim()))
                .flatMap(i -> conferences.byId(i.getConferenceId(), reader)
                        .map(c -> new Invited(c.name(), c.acronym(), i.getName(), i.getState())));
    }

    /** The logged-in person accepts: they become a reviewer of the conference with the load the chair set. */
    public String accept(Actor actor, String token, Language reader) {
        Account me = accounts.require(actor);
        CommitteeInvitation i = byToken(token);
        if (i.getState() != InvitationState.INVITED) {
            throw new DomainException(null, "invitation.answered");
        }
        i.accept(me.getId(), clock.instant());
        accounts.grant(me.getId(), me.getId(), Role.REVIEWER, i.getConferenceId());
        committee.member(i.getConferenceId(), me.getId()).ifPresentOrElse(m -> m.setLoads(i.getMaxLoad(), i.getMinLoad()),
                () -> committee.add(new CommitteeMember(i.getConferenceId(), me.getId(), i.getMaxLoad(), i.getMinLoad())));
        return conferences.byId(i.getConferenceId(), reader).orElseThrow().acronym();
    }

    /** Declining needs no account: the link is enough. */
    public void decline(String token) {
        CommitteeInvitation i = byToken(token);
        if (i.getState() != InvitationState.INVITED) {
            throw new DomainException(null, "invitation.answered");
        }
        i.decline(clock.instant());
    }

    /** The chair sets a member's load limits. */
    public void setLoads(Actor actor, String acronym, Long accountId, Integer maxLoad, Integer minLoad, Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        if (accounts.holders(Role.REVIEWER, conferenceId).stream().noneMatch(a -> a.getId().equals(accountId))) {
            throw new DomainException(null, "committee.notMember");
        }
        LoadLimits.check(maxLoad, minLoad).throwIfAny();
        committee.member(conferenceId, accountId).ifPresentOrElse(m -> m.setLoads(maxLoad, minLoad),
                () -> committee.add(new CommitteeMember(conferenceId, accountId, maxLoad, minLoad)));
    }

    private CommitteeInvitation byToken(String token) {
        if (token == null || token.isBlank()) {
            throw new DomainException(null, "invitation.notFound");
        }
        return committee.invitationByTokenHash(TokenCodec.hash(token.trim()))
                .orElseThrow(() -> new DomainException(null, "invitation.notFound"));
    }
}

package org.samling.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A chair's invitation to review for a conference, sent by mail with a link. Only the hash of the
 * link's token is kept. Whoever opens the link logged in may accept it (the mail went to them;
 * their account may use another address), or decline it.
 */
@Entity
@Table(name = "committee_invitation")
public class CommitteeInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "max_load", nullable = false)
    private int maxLoad;

    @Column(name = "min_load", nullable = false)
    private int minLoad;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InvitationState state = InvitationState.INVITED;

    @Column(name = "token_hash", nullable = false, length = 100)
    private String tokenHash;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected CommitteeInvitation() {
    }

    public CommitteeInvitation(Long conferenceId, String email, String name, int maxLoad, int minLoad, String tokenHash,
            Long invitedBy, Instant now) {
        this.conferenceId = conferenceId;
        this.email = email;
        this.name = name;
        this.maxLoad = maxLoad;
        this.minLoad = minLoad;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    public void accept(Long accountId, Instant now) {
        state = state.moveTo(InvitationState.ACCEPTED);
        this.accountId = accountId;
        this.answeredAt = now;
    }

    public void decline(Instant now) {
        state = state.moveTo(InvitationState.DECLINED);
        this.answeredAt = now;
    }

    /** The invited person was erased: the invitation keeps its state and dates, not their name or address. */
    public void erase(String pseudonym, String pseudonymEmail) {
        this.name = pseudonym;
        this.email = pseudonymEmail;
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public String getEmail() { return email; }

    public String getName() { return name; }

    public int getMaxLoad() { return maxLoad; }

    public int getMinLoad() { return minLoad; }

    public InvitationState getState() { return state; }

    public Long getAccountId() { return accountId; }

    public Instant getInvitedAt() { return invitedAt; }

    public Instant getAnsweredAt() { return answeredAt; }
}

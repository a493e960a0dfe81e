package org.samling.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One role of one account, for one conference (chair, reviewer) or the whole site (admin). */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    /** Null for a site-wide role. Conferences are referred to by id: another context owns them. */
    @Column(name = "conference_id")
    private Long conferenceId;

    protected RoleGrant() {
    }

    public RoleGrant(Long accountId, Role role, Long conferenceId) {
        if (role.perConference() != (conferenceId != null)) {
            throw new IllegalArgumentException(role + (role.perConference()
                    ? " is granted for one conference"
                    : " is granted for the whole site"));
        }
        this.accountId = accountId;
        this.role = role;
        this.conferenceId = conferenceId;
    }

    public Long getId() { return id; }

    public Long getAccountId() { return accountId; }

    public Role getRole() { return role; }

    public Long getConferenceId() { return conferenceId; }
}

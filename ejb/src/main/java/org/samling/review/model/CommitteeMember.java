package org.samling.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One reviewer on one conference's committee with the load the chair set: at most {@code maxLoad}
 * reviews, and at least {@code minLoad} if there is work enough. The reviewer role itself is the
 * identity context's grant; this row carries what assignment needs.
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember {

    public static final int DEFAULT_MAX_LOAD = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "max_load", nullable = false)
    private int maxLoad;

    @Column(name = "min_load", nullable = false)
    private int minLoad;

    @Version
    private long version;

    protected CommitteeMember() {
    }

    public CommitteeMember(Long conferenceId, Long accountId, int maxLoad, int minLoad) {
        this.conferenceId = conferenceId;
        this.accountId = accountId;
        setLoads(maxLoad, minLoad);
    }

    /** Checked by the caller ({@link LoadLimits#check}); refused here only if it could never hold. */
    public void setLoads(int maxLoad, int minLoad) {
        if (minLoad < 0 || maxLoad < minLoad) {
            throw new IllegalArgumentException("loads " + minLoad + ".." + maxLoad);
        }
        this.maxLoad = maxLoad;
        this.minLoad = minLoad;
    }

    public Long getConferenceId() { return conferenceId; }

    public Long getAccountId() { return accountId; }

    public int getMaxLoad() { return maxLoad; }

    public int getMinLoad() { return minLoad; }
}

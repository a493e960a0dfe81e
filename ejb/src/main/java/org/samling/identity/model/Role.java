package org.samling.identity.model;

/**
 * What a person may be besides an author. ADMIN holds for the whole site; CHAIR and REVIEWER
 * hold for one conference. The names double as the Jakarta Security groups that guard the
 * areas of the site ("chair" = chair of at least one conference).
 */
public enum Role {

    ADMIN("admin", false), CHAIR("chair", true), REVIEWER("reviewer", true);

    /** Every logged-in person is in this group: everyone may author. */
    public static final String USER_GROUP = "user";

    private final String group;
    private final boolean perConference;

    Role(String group, boolean perConference) {
        this.group = group;
        this.perConference = perConference;
    }

    public String group() {
        return group;
    }

    public boolean perConference() {
        return perConference;
    }
}

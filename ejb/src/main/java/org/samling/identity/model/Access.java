package org.samling.identity.model;

/**
 * What a request may do beyond who is asking: a personal API token may be read-only or for one
 * conference only; a session of a chair or admin who has not passed the second factor the site
 * requires has no chair or admin powers. IdentityPolicy and the API's method check read it.
 *
 * @param onlyConference the one conference this request may act in, or null for any
 * @param writes         whether it may change anything (a read token may not)
 * @param elevated       whether chair and admin powers count (false until a required second factor is passed)
 */
public record Access(Long onlyConference, boolean writes, boolean elevated) {

    public static final Access FULL = new Access(null, true, true);

    public boolean mayActIn(Long conferenceId) {
        return onlyConference == null || onlyConference.equals(conferenceId);
    }
}

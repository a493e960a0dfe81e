package org.samling.review.model;

/** The life of an invitation to a committee: sent, then accepted or declined, once. */
public enum InvitationState {

    INVITED, ACCEPTED, DECLINED;

    public boolean canMoveTo(InvitationState target) {
        return this == INVITED && (target == ACCEPTED || target == DECLINED);
    }

    /** The next state, or a refusal for a move the invitation cannot make. */
    public InvitationState moveTo(InvitationState target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("An invitation cannot go from " + this + " to " + target);
        }
        return target;
    }
}

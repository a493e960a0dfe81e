package org.samling.shared;

/**
 * A person's account is being erased: each context replaces what it holds about them (found by
 * account id or by their address, case aside) with the pseudonym, in the erasing transaction.
 * Reviews, scores and decisions stay, so the record of a conference holds.
 *
 * @param keepPublishedAuthors whether an accepted submission (in the programme, a public record)
 *                             keeps the person as its author
 */
public record PersonErased(Long accountId, String email, String pseudonym, String pseudonymEmail,
        boolean keepPublishedAuthors) {

    /** The stable name an erased account is shown by: the same in every list and every export. */
    public static String pseudonymOf(Long accountId) {
        return "Erased person " + accountId;
    }

    /** An address that can receive nothing (the .invalid top-level domain is reserved for that). */
    public static String pseudonymEmailOf(Long accountId) {
        return "erased-" + accountId + "@erased.invalid";
    }

    public static PersonErased of(Long accountId, String email, boolean keepPublishedAuthors) {
        return new PersonErased(accountId, email, pseudonymOf(accountId), pseudonymEmailOf(accountId), keepPublishedAuthors);
    }

    /** Whether this address was the erased person's (addresses compare case aside). */
    public boolean wasTheirs(String address) {
        return address != null && email != null && address.equalsIgnoreCase(email);
    }
}

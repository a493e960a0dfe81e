package org.samling.platform;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Creating API requests sent with an {@code Idempotency-Key} header happen once per person and
 * key: the work and the remembered answer commit together, a retry with the same key gets that
 * answer back (on any node: it is in the database), the same key with a different request is
 * refused, and one still being worked on answers "try again". Answers are kept for a day.
 */
@Stateless
public class IdempotentRequests {

    /** How long an answer is remembered. */
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    /** An answer as the API gave it: its status and JSON body; {@code replayed} when it is the first request's. */
    public record Answer(int status, String body, boolean replayed) {
    }

    /** Another request with the same key was committing at the same moment: its answer is to be read with {@link #stored}. */
    @ApplicationException(rollback = true)
    public static class Concurrent extends RuntimeException {

        public Concurrent(Throwable cause) {
            super(cause);
        }
    }

    /** What identifies a request: its method and path with query, and its body as sent. */
    public static String fingerprint(String request, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the work once for this person and key, in this transaction, and remembers its answer; or
     * gives back the answer remembered for the key. The work's own refusals (DomainException) roll
     * everything back and are not remembered: a retry is judged afresh.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Answer once(Long accountId, String key, String fingerprint, Supplier<Answer> work) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new DomainException("Idempotency-Key", "api.badIdempotencyKey");
        }
        Optional<Answer> known = stored(accountId, key, fingerprint);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            em.createNativeQuery("insert into idempotent_request (account_id, idem_key, fingerprint, status, body, created_at)"
                    + " values (?1, ?2, ?3, 0, '', ?4)").setParameter(1, accountId).setParameter(2, key)
                    .setParameter(3, fingerprint).setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        } catch (RuntimeException e) {
            // The same key inserted by a request that committed meanwhile (the insert waited for it).
            throw new Concurrent(e);
        }
        Answer answer = work.get();
        em.createNativeQuery("update idempotent_request set status = ?1, body = ?2 where account_id = ?3 and idem_key = ?4")
                .setParameter(1, answer.status()).setParameter(2, answer.body()).setParameter(3, accountId)
                .setParameter(4, key).executeUpdate();
        return answer;
    }

    /** The answer remembered for this person and key, if any; refused if the key came with another request. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Answer> stored(Long accountId, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select fingerprint, status, body from idempotent_request where account_id = ?1 and idem_key = ?2")
                .setParameter(1, accountId).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new DomainException("Idempotency-Key", "api.idempotencyKeyReused");
        }
        int status = ((Number) row[1]).intValue();
        if (status == 0) {
            throw new DomainException("Idempotency-Key", "api.idempotencyInProgress");
        }
        return Optional.of(new Answer(status, (String) row[2], true));
    }

    /** Forgets answers older than a day (every node may run it: deleting twice deletes nothing more). */
    @Schedule(minute = "17", hour = "*", persistent = false)
    void forget() {
        em.createNativeQuery("delete from idempotent_request where created_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(KEPT))).executeUpdate();
    }
}

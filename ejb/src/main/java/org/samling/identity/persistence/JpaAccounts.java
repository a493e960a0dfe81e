package org.samling.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.ApiToken;
import org.samling.identity.model.EmailToken;
import org.samling.identity.model.LoginFailure;
import org.samling.identity.model.RecoveryCode;
import org.samling.identity.model.Role;
import org.samling.identity.model.RoleGrant;
import org.samling.identity.model.TokenPurpose;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Account.class, id));
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.name from Account a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    @Override
    public Set<Long> idsMatching(String text) {
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new HashSet<>(em.createQuery("select a.id from Account a where lower(a.name) like :t escape '\\' "
                + "or lower(a.email) like :t escape '\\'", Long.class).setParameter("t", like).getResultList());
    }

    @Override
    public Optional<Account> byEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public List<Account> holders(Role role, Long conferenceId) {
        return em.createQuery("select a from Account a, RoleGrant g where g.accountId = a.id and g.role = :r"
                + " and g.conferenceId = :c order by a.name", Account.class)
                .setParameter("r", role).setParameter("c", conferenceId).getResultList();
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> apiTokenByHash(String hash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class).setParameter("h", hash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ApiToken> apiToken(Long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> apiTokensOf(Long accountId) {
        return em
                .createQuery("select t from ApiToken t where t.accountId = :a order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public RecoveryCode add(RecoveryCode code) {
        em.persist(code);
        return code;
    }

    @Override
    public List<RecoveryCode> recoveryCodesOf(Long accountId) {
        return em.createQuery("select c from RecoveryCode c where c.accountId = :a", RecoveryCode.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public void removeRecoveryCodes(Long accountId) {
        em.createQuery("delete from RecoveryCode c where c.accountId = :a").setParameter("a", accountId).executeUpdate();
    }

    @Override
    public void useUpTokens(Long accountId, Collection<TokenPurpose> purposes, Instant now) {
        em.createQuery("update EmailToken t set t.usedAt = :now where t.accountId = :a and t.usedAt is null"
                + " and t.purpose in :p").setParameter("now", now).setParameter("a", accountId).setParameter("p", purposes)
                .executeUpdate();
    }

    @Override
    public List<Account> admins() {
        return em.createQuery("select a from Account a, RoleGrant g where g.accountId = a.id and g.role = :r"
                + " and g.conferenceId is null order by a.name", Account.class).setParameter("r", Role.ADMIN).getResultList();
    }

    @Override
    public List<RoleGrant> grantsOf(Long accountId) {
        return em.createQuery("select g from RoleGrant g where g.accountId = :a", RoleGrant.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public void grant(RoleGrant grant) {
        boolean exists = grantsOf(grant.getAccountId()).stream().anyMatch(g -> g.getRole() == grant.getRole()
                && Objects.equals(g.getConferenceId(), grant.getConferenceId()));
        if (!exists) {
            em.persist(grant);
        }
    }

    @Override
    public EmailToken add(EmailToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<EmailToken> tokenByHash(String hash) {
        return em.createQuery("select t from EmailToken t where t.tokenHash = :h", EmailToken.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    @Override
    public Optional<LoginFailure> failureForUpdate(String key) {
        return Optional.ofNullable(em.find(LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(LoginFailure failure) {
        em.persist(failure);
    }

    @Override
    public void removeFailure(String key) {
        em.createQuery("delete from LoginFailure f where f.key = :k").setParameter("k", key).executeUpdate();
    }
}

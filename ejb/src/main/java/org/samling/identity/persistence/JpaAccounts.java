package org.samling.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.samling.identity.model.Account;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.EmailToken;
import org.samling.identity.model.LoginFailure;
import org.samling.identity.model.Role;
import org.samling.identity.model.RoleGrant;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Account.class, id));
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
    public List<RoleGrant> grantsOf(Long accountId) {
        return em.createQuery("select g from RoleGrant g where g.accountId = :a", RoleGrant.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public void grant(RoleGrant grant) {
        boolean exists = grantsOf(grant.getAccountId()).stream().anyMatch(g -> g.getRole() == grant.getRole()
                && java.util.Objects.equals(g.getConferenceId(), grant.getConferenceId()));
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

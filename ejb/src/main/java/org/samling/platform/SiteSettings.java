package org.samling.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * The site's own settings, kept in the database so every node reads the same (who may change one
 * is the caller's rule: the admin pages of the context that owns it).
 */
@ApplicationScoped
public class SiteSettings {

    /** Whether chairs and admins must pass a second factor before their powers count. */
    public static final String SECOND_FACTOR_FOR_CHAIRS = "identity.secondFactorForChairsAndAdmins";

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> get(String name) {
        return Optional.ofNullable(em.find(SiteSetting.class, name)).map(SiteSetting::getValue);
    }

    public boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }

    @Transactional
    public void set(String name, String value) {
        SiteSetting s = em.find(SiteSetting.class, name);
        if (s == null) {
            em.persist(new SiteSetting(name, value));
        } else {
            s.setValue(value);
        }
    }
}

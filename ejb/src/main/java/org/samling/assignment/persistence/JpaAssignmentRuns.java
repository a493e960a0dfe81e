package org.samling.assignment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.assignment.model.AssignmentRun;
import org.samling.assignment.model.AssignmentRuns;

import java.util.Optional;

@ApplicationScoped
public class JpaAssignmentRuns implements AssignmentRuns {

    @PersistenceContext
    EntityManager em;

    @Override
    public AssignmentRun add(AssignmentRun run) {
        em.persist(run);
        return run;
    }

    @Override
    public Optional<AssignmentRun> run(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(AssignmentRun.class, id));
    }
}

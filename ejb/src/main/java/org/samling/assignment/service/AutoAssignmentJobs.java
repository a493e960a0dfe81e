package org.samling.assignment.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.assignment.model.AssignmentRun;
import org.samling.assignment.model.AssignmentRuns;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.review.model.AssignmentSource;
import org.samling.shared.DomainException;
import org.samling.shared.JobState;
import org.samling.shared.Violations;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The automatic assignment as a background job: a chair starts a run (checked options, a row in
 * the database), the container's managed executor computes it while the row reports progress, and
 * the chair reads it back and applies it through the assignment pipeline. The page stays usable
 * meanwhile, and any node can answer for any run.
 */
@Stateless
public class AutoAssignmentJobs {

    private static final Logger LOG = Logger.getLogger(AutoAssignmentJobs.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource
    ManagedExecutorService executor;
    @Inject
    AutoAssignmentRuns runs;
    @Inject
    AssignmentRuns runRecords;
    @Inject
    AutoAssignmentService auto;
    @Inject
    AssignmentService assignmentService;
    @Inject
    ConferenceService conferences;

    /** A run as the page polls it: where it is, and the result once done. */
    public record Status(Long id, JobState state, int progress, String step, AutoAssignmentResult result, String error) {
    }

    /** Checks the options and starts a run; returns its id at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Long start(Actor actor, String acronym, AutoAssignmentOptions o, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        Violations v = new Violations();
        if (o.k() < 1 || o.k() > 10) {
            v.add("k", "field.range", 1, 10);
        }
        if (!o.weights().valid()) {
            v.add("weights", "autoAssign.weights");
        }
        if (o.institutionCap() < 0 || o.institutionCap() > 10) {
            v.add("institutionCap", "field.range", 0, 10);
        }
        v.throwIfAny();
        Long runId = runs.create(c.id(), actor.accountId(), JSON.toJson(o));
        executor.submit(() -> run(runId, c.id(), o));
        return runId;
    }

    /** Runs on the managed executor: each step commits on its own. */
    private void run(Long runId, Long conferenceId, AutoAssignmentOptions o) {
        try {
            runs.start(runId);
            AutoAssignmentResult result = auto.compute(conferenceId, o, (pct, step) -> runs.progress(runId, pct, step));
            runs.finish(runId, JSON.toJson(result));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "automatic assignment run " + runId + " failed", e);
            runs.fail(runId, e.toString());
        }
    }

    public Status status(Actor actor, Long runId, Language reader) {
        AssignmentRun run = readable(actor, runId, reader);
        AutoAssignmentResult result = run.getState() == JobState.DONE && run.getResult() != null
                ? JSON.fromJson(run.getResult(), AutoAssignmentResult.class)
                : null;
        return new Status(run.getId(), run.getState(), run.getProgress(), run.getStep(), result, run.getError());
    }

    /** Applies a finished run's pairs through the pipeline (checked again there); returns how many. */
    public int apply(Actor actor, String acronym, Long runId, Language reader) {
        Status s = status(actor, runId, reader);
        if (s.result() == null || !s.result().feasible() || s.result().changes().isEmpty()) {
            throw new DomainException(null, "autoAssign.nothingToApply");
        }
        AssignmentPlan plan = new AssignmentPlan(acronym, AssignmentSource.AUTOMATIC, s.result().changes().stream()
                .map(p -> AssignmentChange.add(p.submissionId(), p.accountId())).toList());
        assignmentService.apply(actor, plan, reader);
        return plan.changes().size();
    }

    private AssignmentRun readable(Actor actor, Long runId, Language reader) {
        AssignmentRun run = runRecords.run(runId).orElseThrow(() -> new DomainException(null, "autoAssign.notFound"));
        conferences.chaired(actor, run.getConferenceId(), reader);
        return run;
    }
}

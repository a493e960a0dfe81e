package org.samling.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.samling.program.model.Clash;
import org.samling.program.model.ClashKind;
import org.samling.program.model.ProgramSnapshot;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may see or do what with the programme. Chairs edit and publish (checked by the conference's
 * chair rule); anyone reads the latest release; a submission is public, authors and affiliations
 * included, once a release holds it (published means no longer blind) and only then.
 */
@ApplicationScoped
public class ProgramPolicy {

    /** Only accepted submissions (authors told, not withdrawn) are placed in the programme. */
    public boolean placeable(Submission s) {
        return s.getState() == SubmissionState.ACCEPTED;
    }

    /** A visitor sees a submission's authors and abstract only if the latest release holds it. */
    public boolean canSeeAuthors(ProgramSnapshot published, Long submissionId) {
        return published != null && submissionId != null
                && published.items().stream().anyMatch(i -> submissionId.equals(i.submissionId()));
    }

    /** Placed submissions that are no longer accepted (withdrawn since): the editor flags them, a release waits for them. */
    public List<Clash> notAccepted(ProgramSnapshot draft, Map<Long, SubmissionState> states) {
        List<Clash> out = new ArrayList<>();
        for (ProgramSnapshot.SessionView s : draft.sessions()) {
            for (ProgramSnapshot.ItemView i : s.items()) {
                SubmissionState state = i.submissionId() == null ? null : states.get(i.submissionId());
                if (state != null && state != SubmissionState.ACCEPTED) {
                    out.add(new Clash(ClashKind.NOT_ACCEPTED, List.of(s.id()), List.of(i.title(), s.title())));
                }
            }
        }
        return out;
    }

    /** A release may go out with no clash but a room that may be too small (the chair may expect fewer). */
    public List<Clash> blockingPublication(List<Clash> clashes) {
        return clashes.stream().filter(c -> c.kind() != ClashKind.ROOM_TOO_SMALL).toList();
    }
}

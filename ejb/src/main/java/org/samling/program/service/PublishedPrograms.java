package org.samling.program.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.model.Programs;
import org.samling.program.model.SnapshotJson;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What anyone reads of the programme: its latest release and the abstracts it holds (published is no longer blind). */
@Stateless
public class PublishedPrograms {

    @Inject
    ConferenceService conferenceService;
    @Inject
    Programs programs;
    @Inject
    Submissions submissions;
    @Inject
    ProgramPolicy policy;

    /** The conferences whose programme anyone can read, in their first day's order. */
    public List<ConferenceView> conferencesWithProgramme(Language reader) {
        return programs.conferencesWithRelease().stream().map(id -> conferenceService.byId(id, reader))
                .flatMap(Optional::stream).sorted(Comparator.comparing(ConferenceView::firstDay)).toList();
    }

    /** Whether the conference has a programme anyone can read. */
    public boolean isPublished(Long conferenceId) {
        return programs.latestRelease(conferenceId).isPresent();
    }

    /** The latest release, or empty if there is none (or no such conference). */
    public Optional<PublishedProgram> published(String acronym, Language reader) {
        Optional<ConferenceView> c = conferenceService.byAcronym(acronym, reader);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        return programs.latestRelease(c.get().id()).map(r -> {
            Map<Long, String> tracks = conferenceService.callDetails(acronym, reader).map(CallDetails::tracks).orElseThrow()
                    .stream()
                    .collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name));
            return new PublishedProgram(c.get(), conferenceService.languagesOf(c.get().id()), r.getNumber(),
                    r.getPublishedAt(), SnapshotJson.snapshot(r.getSnapshot()), tracks);
        });
    }

    /** The text of every submission the release holds, authors and affiliations included. */
    public Map<Long, PublishedAbstract> abstractsOf(PublishedProgram p) {
        Map<Long, PublishedAbstract> m = new LinkedHashMap<>();
        Map<Long, Submission> subs = submissions.ofConference(p.conference().id()).stream()
                .collect(Collectors.toMap(Submission::getId, s -> s, (a, b) -> a));
        for (ProgramSnapshot.ItemView i : p.snapshot().items()) {
            Submission s = i.submissionId() == null ? null : subs.get(i.submissionId());
            if (s != null && policy.canSeeAuthors(p.snapshot(), s.getId())) {
                m.put(s.getId(), abstractOf(s));
            }
        }
        return m;
    }

    public Optional<PublishedAbstract> abstractOf(PublishedProgram p, Long submissionId) {
        if (!policy.canSeeAuthors(p.snapshot(), submissionId)) {
            return Optional.empty();
        }
        return submissions.byId(submissionId).map(PublishedPrograms::abstractOf);
    }

    /** The submissions in a conference's latest release: the visitors' search covers these and nothing else. */
    public Set<Long> publishedSubmissionIds(Long conferenceId) {
        return programs.latestRelease(conferenceId).map(r -> SnapshotJson.snapshot(r.getSnapshot()).items().stream()
                .map(ProgramSnapshot.ItemView::submissionId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElseGet(LinkedHashSet::new);
    }

    private static PublishedAbstract abstractOf(Submission s) {
        var content = s.content();
        return new PublishedAbstract(s.getId(), content.title(), content.abstractText(), content.keywords(),
                content.language() == null ? null : content.language().name(),
                s.getAuthors().stream().map(a -> new PublishedAbstract.Person(a.getName(), a.getAffiliation(), a.getCountry(),
                        a.isPresenting())).toList());
    }
}

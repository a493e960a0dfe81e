package org.samling.decision.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.samling.decision.model.ScoreStats;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.shared.SpreadsheetCsv;
import org.samling.submission.service.ChairSubmissionRow;
import org.samling.submission.service.ChairSubmissionService;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chairs' export of a conference's submissions with authors, scores and decisions, as CSV
 * (for spreadsheets: {@link SpreadsheetCsv}) or JSON.
 */
@Stateless
public class DecisionExport {

    private static final String[] HEADER = {"id", "title", "authors", "track", "type", "language", "reviews_done",
            "reviews_assigned", "mean_score", "confidence_weighted", "min", "max", "spread", "disagreement",
            "recommendation", "decision", "accepted_as", "told", "presenter", "attending"};

    @Inject
    DecisionRanking decisions;
    @Inject
    ChairSubmissionService chairSubmissions;

    public String csv(Actor actor, String acronym, Language reader) {
        return SpreadsheetCsv.write(List.of(HEADER), records(actor, acronym, reader).stream().map(Arrays::asList).toList(),
                reader.locale());
    }

    public String json(Actor actor, String acronym, Language reader) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Object[] r : records(actor, acronym, reader)) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            for (int i = 0; i < HEADER.length; i++) {
                Object v = r[i];
                if (v == null) {
                    o.addNull(HEADER[i]);
                } else if (v instanceof Integer || v instanceof Long) {
                    o.add(HEADER[i], ((Number) v).longValue());
                } else if (v instanceof Number n) {
                    o.add(HEADER[i], n.doubleValue());
                } else if (v instanceof Boolean b) {
                    o.add(HEADER[i], b);
                } else {
                    o.add(HEADER[i], v.toString());
                }
            }
            a.add(o);
        }
        return a.build().toString();
    }

    private List<Object[]> records(Actor actor, String acronym, Language reader) {
        DecisionViews.Ranking ranking = decisions.ranking(actor, acronym, reader);
        Map<Long, ChairSubmissionRow> chair = chairSubmissions.all(actor, acronym, reader).stream()
                .collect(Collectors.toMap(ChairSubmissionRow::id, Function.identity()));
        return ranking.rows().stream().map(r -> {
            ScoreStats s = r.stats();
            ChairSubmissionRow c = chair.get(r.id());
            return new Object[]{r.id(), r.title(), c == null ? "" : String.join("; ", c.authors()), r.track(), r.kind(),
                    r.language(), r.reviewsDone(), r.reviewsAssigned(), s.mean(), s.confidenceWeighted(), s.min(), s.max(),
                    s.spread(), s.disagreement(), s.recommendation(), r.decision() == null ? null : r.decision().name(),
                    r.acceptedAs(), r.told(), r.presenter(), r.attending()};
        }).toList();
    }
}

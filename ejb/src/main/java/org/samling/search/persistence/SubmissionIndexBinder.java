package org.samling.search.persistence;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.samling.decision.model.ScoreStats;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewState;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.service.SubmissionPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a submission becomes a search document. Its title and abstract (with the keywords) go to
 * the field of its language, stemmed by that language's analyzer, and to a folded field every
 * document has; the PDF's text likewise, with a flag saying whether the committee may read that
 * PDF (its text names no author); authors and affiliations to a field only chairs' queries touch;
 * conference, track, type, state, language, decision, date and mean score as filters, facets and
 * sorts. PDF, decision and scores live in other contexts: they are read here, and those contexts
 * fire {@code SubmissionFactsChanged} when they change so the document is written again.
 */
public class SubmissionIndexBinder implements TypeBinder {

    /** The field holding a document's track, type, state, language and decision together (see {@link FacetKey}). */
    public static final String FACETS = "facets";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("abstractText").use("keywords").use("language").use("authors")
                .use("state").use("trackId").use("typeId").use("submittedAt").use("conferenceId");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<String, IndexFieldReference<String>> text = new HashMap<>();
        for (String suffix : NordicAnalysis.SUFFIXES) {
            String analyzer = NordicAnalysis.analyzerOfSuffix(suffix);
            text.put("title_" + suffix, highlighted(schema, "title_" + suffix, analyzer));
            text.put("abstract_" + suffix, highlighted(schema, "abstract_" + suffix, analyzer));
            text.put("pdf_" + suffix, schema.field("pdf_" + suffix, f -> f.asString().analyzer(analyzer)).toReference());
        }
        text.put("title_folded", highlighted(schema, "title_folded", NordicAnalysis.FOLDED));
        text.put("abstract_folded", highlighted(schema, "abstract_folded", NordicAnalysis.FOLDED));
        text.put("pdf_folded", schema.field("pdf_folded", f -> f.asString().analyzer(NordicAnalysis.FOLDED)).toReference());
        text.put("authors", schema.field("authors", f -> f.asString().analyzer(NordicAnalysis.FOLDED)).toReference());
        // Results are shown from the index alone (no database round trip per page of results).
        IndexFieldReference<String> authorNames = schema.field("author_names", f -> f.asString()
                .searchable(Searchable.NO).projectable(Projectable.YES))
                .multiValued().toReference();
        Fields fields = new Fields(text, authorNames,
                schema.field("pdf_open", f -> f.asBoolean()).toReference(),
                schema.field("conference", f -> f.asLong()).toReference(),
                // Track and type ids as keywords: counted for facets by ordinal, about twice as fast as numbers (measured).
                schema.field("track", f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                schema.field("type", f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                schema.field("state", f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                schema.field("language", f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                schema.field("decision", f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                // The five facet values in one keyword, so that a search counts them all with one read per hit.
                schema.field(FACETS, f -> f.asString().aggregable(Aggregable.YES)).toReference(),
                schema.field("submitted", f -> f.asInstant().sortable(Sortable.YES)).toReference(),
                schema.field(ScoreField.NAME, f -> f.asDouble().sortable(Sortable.YES).projectable(Projectable.YES))
                        .toReference());
        context.bridge(Submission.class, new Bridge(fields));
    }

    private static IndexFieldReference<String> highlighted(IndexSchemaElement schema, String name, String analyzer) {
        // Hits are highlighted in memory from the stored text (search.service.Highlighting). The fields
        // keep the options they had when Hibernate Search's unified highlighter marked them, because
        // Lucene refuses to change a field's options within an index already written.
        return schema.field(name, f -> f.asString().analyzer(analyzer).projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.UNIFIED))).toReference();
    }

    record Fields(Map<String, IndexFieldReference<String>> text, IndexFieldReference<String> authorNames,
            IndexFieldReference<Boolean> pdfOpen,
            IndexFieldReference<Long> conference, IndexFieldReference<String> track, IndexFieldReference<String> type,
            IndexFieldReference<String> state, IndexFieldReference<String> language,
            IndexFieldReference<String> decision, IndexFieldReference<String> facets,
            IndexFieldReference<Instant> submitted,
            IndexFieldReference<Double> score) {
    }

    static final class Bridge implements TypeBridge<Submission> {

        private final Fields f;

        Bridge(Fields f) {
            this.f = f;
        }

        @Override
        public void write(DocumentElement doc, Submission s, TypeBridgeWriteContext context) {
            var content = s.content();
            String suffix = suffix(content.language());
            String abstractAndKeywords = content.abstractText() + "\n" + String.join(", ", content.keywords());
            doc.addValue(f.text().get("title_" + suffix), s.getTitle());
            doc.addValue(f.text().get("abstract_" + suffix), abstractAndKeywords);
            doc.addValue(f.text().get("title_folded"), s.getTitle());
            doc.addValue(f.text().get("abstract_folded"), abstractAndKeywords);
            StringBuilder people = new StringBuilder();
            for (Author a : s.getAuthors()) {
                doc.addValue(f.authorNames(), a.getName());
                people.append(a.getName()).append(" \n").append(nullToEmpty(a.getAffiliation())).append(" \n")
                        .append(nullToEmpty(a.getEmail())).append(" \n");
            }
            doc.addValue(f.text().get("authors"), people.toString());
            doc.addValue(f.conference(), s.getConferenceId());
            String track = s.getTrackId() == null ? null : s.getTrackId().toString();
            String type = s.getTypeId() == null ? null : s.getTypeId().toString();
            String language = content.language() == null ? "OTHER" : content.language().name();
            if (track != null) {
                doc.addValue(f.track(), track);
            }
            if (type != null) {
                doc.addValue(f.type(), type);
            }
            doc.addValue(f.state(), s.getState().name());
            doc.addValue(f.language(), language);
            if (s.getSubmittedAt() != null) {
                doc.addValue(f.submitted(), s.getSubmittedAt());
            }
            String decision = s.getId() == null ? null : others(doc, s, suffix, context);
            doc.addValue(f.facets(), FacetKey.of(track, type, s.getState().name(), language, decision));
        }

        /** What other contexts hold (PDF, decision, scores) written to the document; the decision returned. */
        private String others(DocumentElement doc, Submission s, String suffix, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            // One query for what other contexts hold: the PDF's text and findings, the decision, and
            // the submitted reviews (one row per assignment; no row when there is none of these).
            List<Object[]> rows = session.createQuery("select p.extractedText, p.findings, d.outcome, r from Submission s "
                    + "left join SubmissionPdf p on p.submissionId = s.id "
                    + "left join Decision d on d.submissionId = s.id "
                    + "left join Assignment a on a.submissionId = s.id "
                    + "left join Review r on r.assignmentId = a.id and r.kind = :k and r.state = :st "
                    + "where s.id = :s", Object[].class)
                    .setParameter("k", ReviewKind.REVIEW).setParameter("st", ReviewState.SUBMITTED).setParameter("s", s.getId())
                    .setHibernateFlushMode(FlushMode.MANUAL).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] first = rows.get(0);
            if (first[0] != null) {
                String findings = (String) first[1];
                List<String> list = findings == null || findings.isEmpty() ? List.of() : Arrays.asList(findings.split("\n"));
                doc.addValue(f.text().get("pdf_" + suffix), (String) first[0]);
                doc.addValue(f.text().get("pdf_folded"), (String) first[0]);
                doc.addValue(f.pdfOpen(), SubmissionPolicy.pdfShowsNoAuthor(list));
            }
            String decision = first[2] == null ? null : first[2].toString();
            if (decision != null) {
                doc.addValue(f.decision(), decision);
            }
            List<Review> reviews = new ArrayList<>();
            for (Object[] row : rows) {
                if (row[3] != null) {
                    reviews.add((Review) row[3]);
                }
            }
            score(session, s, reviews).ifPresent(x -> doc.addValue(f.score(), x));
            return decision;
        }

        private static String suffix(AbstractLanguage l) {
            return NordicAnalysis.suffix(l);
        }

        /** The mean of the submitted reviews' weighted scores (0-100), computed as the chairs' ranking does. */
        private static Optional<Double> score(Session session, Submission s, List<Review> reviews) {
            if (reviews.isEmpty()) {
                return Optional.empty();
            }
            ReviewFormDefinition form = session
                    .createQuery("select f from ReviewForm f where f.conferenceId = :c", ReviewForm.class)
                    .setParameter("c", s.getConferenceId()).setHibernateFlushMode(FlushMode.MANUAL).getResultList().stream()
                    .findFirst().map(ReviewForm::definition).orElseGet(ReviewFormDefinition::defaults);
            return Optional
                    .ofNullable(ScoreStats.of(reviews.stream().map(r -> ScoreStats.Score.of(form, r.content())).toList()).mean());
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}

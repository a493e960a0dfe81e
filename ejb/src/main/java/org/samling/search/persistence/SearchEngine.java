package org.samling.search.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.samling.submission.model.Submission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Where the two backends differ, decided here once so that the services and pages have one code
 * path: which engine this server runs (the embedded Lucene index or OpenSearch), the more-like-this
 * query, whether a failure means "the engine is unreachable", the creation of a missing index, and
 * the outbox of changes not yet indexed (OpenSearch only).
 */
@ApplicationScoped
public class SearchEngine {

    /** The fields similar submissions are compared on: title and abstract, folded. */
    private static final String[] LIKE_FIELDS = {"title_folded", "abstract_folded"};

    @PersistenceUnit
    EntityManagerFactory emf;
    @PersistenceContext
    EntityManager em;

    private SearchMapping mapping() {
        return Search.mapping(emf);
    }

    /** True when the index lives in OpenSearch, false for the embedded Lucene index. */
    public boolean openSearch() {
        try {
            mapping().backend().unwrap(ElasticsearchBackend.class);
            return true;
        } catch (SearchException e) {
            return false;
        }
    }

    /**
     * Documents whose folded title and abstract share the telling words of this text. Lucene: its
     * MoreLikeThis over the open index; OpenSearch: its more_like_this query, with the same limits
     * (words of at least 3 letters, at most 30 of them, a word counts from its first occurrence) and,
     * as Lucene's, one shared word enough (OpenSearch would otherwise ask for 30 % of them).
     */
    public SearchPredicate likeThis(SearchPredicateFactory f, String text) {
        if (openSearch()) {
            String json = "{\"more_like_this\":{\"fields\":[\"title_folded\",\"abstract_folded\"],\"like\":"
                    + Json.createValue(text).toString() + ",\"min_term_freq\":1,\"min_doc_freq\":1,\"min_word_length\":3,"
                    + "\"max_query_terms\":30,\"minimum_should_match\":\"1\",\"analyzer\":\"" + NordicAnalysis.FOLDED + "\"}}";
            return f.extension(ElasticsearchExtension.get()).fromJson(json).toPredicate();
        }
        Query like;
        try (IndexReader index = mapping().scope(Submission.class).extension(LuceneExtension.get()).openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(index);
            mlt.setAnalyzer(NordicAnalysis.analyzer(NordicAnalysis.FOLDED));
            mlt.setFieldNames(LIKE_FIELDS);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(30);
            like = mlt.like("abstract_folded", new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f.extension(LuceneExtension.get()).fromLuceneQuery(like).toPredicate();
    }

    /** Whether this failure means the engine could not be reached (down, refusing, or not answering in time). */
    public static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Creates the index if the engine has none (OpenSearch: started before the engine answered); true if it exists now. */
    public boolean createIndexIfMissing() {
        try {
            mapping().scope(Submission.class).schemaManager().createIfMissing();
            return true;
        } catch (SearchException e) {
            if (unreachable(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Changes saved but not yet indexed (the outbox; always 0 on the embedded index, which indexes at commit). */
    public long pendingChanges() {
        if (!openSearch()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) from hsearch_outbox_event").getSingleResult()).longValue();
    }

    /** Makes what OpenSearch has indexed visible to searches now rather than within its refresh second. */
    public void refresh() {
        mapping().scope(Submission.class).workspace().refresh();
    }

    /** Waits until every saved change is indexed and searchable, at most this long; true if so. */
    public boolean awaitIndexed(Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (pendingChanges() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        if (openSearch()) {
            refresh();
        }
        return true;
    }
}

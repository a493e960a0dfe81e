package org.samling.search.persistence;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;

/**
 * The submission's mean score in the index: the committee's judgement. Reading or ordering by it
 * goes through here, so that whoever does is a channel that ReviewChannelsTest finds and
 * ReviewPolicy's score visibility must govern.
 */
public final class ScoreField {

    static final String NAME = "score";

    private ScoreField() {
    }

    public static SearchProjection<Double> projection(SearchProjectionFactory<?, ?> f) {
        return f.field(NAME, Double.class).toProjection();
    }

    /** Best mean first, unscored last, then by relevance. */
    public static SortFinalStep bestFirst(SearchSortFactory f) {
        return f.field(NAME).desc().missing().last().then().score();
    }
}

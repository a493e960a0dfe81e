package org.samling.search.model;

/** How results are ordered: best match first, newest first, or best mean score first (unscored last). */
public enum SearchSort {
    RELEVANCE, DATE, SCORE
}

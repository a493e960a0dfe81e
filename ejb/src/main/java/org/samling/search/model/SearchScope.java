package org.samling.search.model;

/**
 * What a search covers, as the search policy decides it for a person and a conference: chairs
 * every submitted one with author fields; committee members those they may review (no conflict),
 * never author fields; everyone else the published programme only.
 */
public enum SearchScope {
    CHAIR, COMMITTEE, PUBLIC
}

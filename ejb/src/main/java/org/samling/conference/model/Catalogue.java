package org.samling.conference.model;

import java.util.List;

/**
 * A conference's tracks and submission types as a reader sees them, without the rest of its call:
 * what a search's filters and facets name, read on every search.
 */
public record Catalogue(Long conferenceId, List<CallDetails.TrackView> tracks, List<CallDetails.TypeView> types) {
}

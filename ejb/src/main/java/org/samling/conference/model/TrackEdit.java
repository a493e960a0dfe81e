package org.samling.conference.model;

import org.samling.i18n.Language;

import java.util.Map;

/** A track as the chair edits it: its id (null for a new one) and its name in each language. */
public record TrackEdit(Long id, Map<Language, String> names) {
}

package org.samling.search.service;

import org.samling.conference.model.CallDetails;
import org.samling.conference.model.Catalogue;
import org.samling.decision.model.Outcome;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.search.model.SearchQuery;
import org.samling.search.persistence.FacetKey;
import org.samling.submission.model.AbstractLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The search box's field filters ("track:Disability", "state:submitted", in any of the four
 * languages) read into the index's values, and the facets' tokens and labels written back.
 */
final class SearchFilters {

    /** The resolved filters: index field to the values it must have (any of them), and the author names asked for. */
    record Resolved(Map<String, List<String>> byField, List<String> authors) {
    }

    private SearchFilters() {
    }

    /** Reads the filters' values into index values; what cannot be read is said and left out. */
    static Resolved resolve(SearchQuery q, Catalogue call, List<String> states, Language reader,
            List<SearchQuery.Notice> notices) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String field : FacetKey.FACETS) {
            for (String value : q.filter(field)) {
                List<String> resolved = switch (field) {
                    case "track" -> call.tracks().stream().filter(t -> t.name().equalsIgnoreCase(value)
                            || t.id().toString().equals(value)).map(t -> t.id().toString()).toList();
                    case "type" -> call.types().stream().filter(t -> t.kind().name().equalsIgnoreCase(value)
                            || Messages.get(reader, "submission.kind." + t.kind().name()).equalsIgnoreCase(value))
                            .map(t -> t.id().toString()).toList();
                    // The values a filter may name are those the index holds: the chairs' states, the enums' names.
                    case "state" -> enumValue(value, states, "submission.state.", reader);
                    case "language" -> enumValue(value, names(AbstractLanguage.values()), "abstractLanguage.", reader);
                    case "decision" -> enumValue(value, names(Outcome.values()), "decision.outcome.", reader);
                    default -> List.of();
                };
                if (resolved.isEmpty()) {
                    notices.add(new SearchQuery.Notice("search.unknownValue", List.of(field, value)));
                } else {
                    byField.computeIfAbsent(field, k -> new ArrayList<>()).addAll(resolved);
                }
            }
        }
        return new Resolved(byField, q.filter("author"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> enumValue(String value, List<String> names, String labelPrefix, Language reader) {
        for (String n : names) {
            if (n.equalsIgnoreCase(value) || Messages.get(reader, labelPrefix + n).equalsIgnoreCase(value)) {
                return List.of(n);
            }
        }
        return List.of();
    }

    /** How a facet value is written in the box: a track by its name, the others by their code in lower case. */
    static String token(String facet, String value, Map<String, String> trackNames, Map<String, CallDetails.TypeView> types) {
        return switch (facet) {
            case "track" -> trackNames.get(value);
            case "type" -> types.containsKey(value) ? types.get(value).kind().name().toLowerCase(Locale.ROOT) : null;
            default -> value.toLowerCase(Locale.ROOT);
        };
    }

    static String label(String facet, String value, Map<String, String> trackNames, Map<String, CallDetails.TypeView> types,
            Language reader) {
        return switch (facet) {
            case "track" -> trackNames.get(value);
            case "type" -> Messages.get(reader, "submission.kind." + types.get(value).kind().name());
            case "state" -> Messages.get(reader, "submission.state." + value);
            case "language" -> Messages.get(reader, "abstractLanguage." + value);
            default -> Messages.get(reader, "decision.outcome." + value);
        };
    }

    /** The query with this filter added, or (when it is selected) every way of writing it taken out. */
    static String toggle(String raw, String field, String token, boolean selected) {
        String base = raw == null ? "" : raw.strip();
        String quoted = token.contains(" ") ? "\"" + token + "\"" : token;
        if (!selected) {
            return (base + " " + field + ":" + quoted).strip();
        }
        Pattern p = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(field) + ":(\"" + Pattern.quote(token) + "\"|"
                + Pattern.quote(token) + "(?=\\s|$))");
        return p.matcher(base).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}

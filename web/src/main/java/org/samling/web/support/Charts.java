package org.samling.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * A Chart.js configuration as PrimeFaces' p:chart takes it (JSON): labelled data sets of whole
 * numbers on a scale from 0, without animation. Each page shows the same figures as text too.
 */
public final class Charts {

    private Charts() {
    }

    /** One series: its label, its colour, one number per label. */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    public static String bar(List<String> labels, List<Series> series, boolean stacked) {
        return chart("bar", labels, series, stacked);
    }

    public static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, false);
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean stacked) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(v.longValue()));
            sets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()).add("borderColor", s.colour()));
        }
        JsonObjectBuilder x = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder y = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("x", x).add("y", y)))
                .build().toString();
    }
}

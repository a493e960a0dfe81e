package org.samling.program.model;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** A release's snapshot and changelog as the JSON text it is kept in. */
public final class SnapshotJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type CHANGES = new ArrayList<Change>() {
    }.getClass().getGenericSuperclass();

    private SnapshotJson() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static ProgramSnapshot snapshot(String json) {
        return JSONB.fromJson(json, ProgramSnapshot.class);
    }

    public static List<Change> changes(String json) {
        return JSONB.fromJson(json, CHANGES);
    }
}

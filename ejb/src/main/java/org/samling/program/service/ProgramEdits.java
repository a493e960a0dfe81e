package org.samling.program.service;

import org.samling.program.model.BlockKind;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a chair types in the programme editor; checked by the service, field by field. */
public final class ProgramEdits {

    private ProgramEdits() {
    }

    public record BlockEdit(LocalDate day, LocalTime starts, LocalTime ends, BlockKind kind, String title) {
    }

    public record RoomEdit(String name, Integer capacity, String link) {
    }

    public record SessionEdit(Long blockId, Long roomId, String title, Long trackId, String chair, boolean tentative) {
    }

    public record PlenaryEdit(Long sessionId, String title, String speaker, Integer minutes) {
    }

    public record OccurrenceEdit(String venue, LocalDate firstDay) {
    }
}

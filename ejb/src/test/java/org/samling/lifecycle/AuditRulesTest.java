package org.samling.lifecycle;

import org.junit.jupiter.api.Test;
import org.samling.lifecycle.model.AuditEntry;
import org.samling.lifecycle.service.LifecyclePolicy;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an audit entry keeps of a change, and which entries hide their people from an author. */
class AuditRulesTest {

    private record Settings(String name, int words, String venue) {
    }

    @Test
    void aChangedFieldKeepsBeforeAndAfterAndAnUnchangedOneOnlyItsValue() {
        Audited e = Audited.of(AuditKind.DECISION_CORRECTED, 7L, 3L).change("outcome", "ACCEPT", "REJECT")
                .change("state", "SUBMITTED", "SUBMITTED").change("note", null, "").change("type", null, 12L);
        assertEquals(Map.of("outcome", "ACCEPT \u2192 REJECT", "state", "SUBMITTED", "type", "12"), e.changes());
    }

    @Test
    void settingsRecordsGiveOnlyTheComponentsThatDiffer() {
        Audited e = Audited.of(AuditKind.SETTINGS_CHANGED, 1L, 2L).changes(new Settings("NSW", 300, "Aarhus"),
                new Settings("NSW", 250, "Odense"));
        assertEquals(new LinkedHashMap<>(Map.of("words", "300 \u2192 250", "venue", "Aarhus \u2192 Odense")), e.changes());
    }

    @Test
    void anEntryKeepsEachFieldOnOneLineAndReadsThemBackInOrder() {
        Audited e = Audited.of(AuditKind.SETTINGS_CHANGED, 1L, 2L).change("venue", "Aar\nhus", "Odense").change("words", 300,
                250);
        AuditEntry entry = new AuditEntry(e, Instant.parse("2026-12-04T10:00:00Z"));
        assertEquals("venue: Aar hus \u2192 Odense\nwords: 300 \u2192 250", entry.getChanges());
        assertEquals(new LinkedHashMap<>(Map.of("venue", "Aar hus \u2192 Odense", "words", "300 \u2192 250")), entry.changeMap());
    }

    @Test
    void aVeryLongChangeIsCutToTheColumnWithAnEllipsis() {
        AuditEntry entry = new AuditEntry(Audited.of(AuditKind.SETTINGS_CHANGED, 1L, 2L).change("description", null,
                "x".repeat(5000)), Instant.EPOCH);
        assertEquals(4000, entry.getChanges().length());
        assertTrue(entry.getChanges().endsWith("\u2026"));
    }

    @Test
    void reviewerNamingEntriesOfAnAuthorsOwnSubmissionHideTheirPeople() {
        Set<Long> authored = Set.of(42L);
        for (AuditKind k : AuditKind.values()) {
            boolean naming = Set.of(AuditKind.ASSIGNMENT_APPLIED, AuditKind.ASSIGNMENT_WITHDRAWN, AuditKind.REVIEW_SUBMITTED,
                    AuditKind.REVIEW_REVISED, AuditKind.CONFLICT_CONFIRMED, AuditKind.CONFLICT_DISMISSED).contains(k);
            assertEquals(naming, LifecyclePolicy.hidesPeople(k, 42L, authored), k.name());
            assertFalse(LifecyclePolicy.hidesPeople(k, 43L, authored), k.name());
            assertFalse(LifecyclePolicy.hidesPeople(k, null, authored), k.name());
        }
    }
}

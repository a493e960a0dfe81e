package org.samling.decision.service;

import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A chair's template: placeholders filled in, an apostrophe kept, a broken placeholder refused. */
class TemplateFormatTest {

    @Test
    void placeholdersAreFilledAndApostrophesStay() {
        assertEquals("Dear Åse, we can't wait to hear \"Barnets stemme\".",
                DecisionTemplates.format("Dear {0}, we can't wait to hear \"{1}\".", Language.EN,
                        new Object[]{"Åse", "Barnets stemme"}));
        assertThrows(IllegalArgumentException.class, () -> DecisionTemplates.format("Dear {0, to you", Language.EN,
                new Object[]{"x"}));
    }
}

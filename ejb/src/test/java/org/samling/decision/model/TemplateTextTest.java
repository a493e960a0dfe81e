package org.samling.decision.model;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A chair's template: named placeholders filled in, apostrophes kept, an unknown or broken placeholder named. */
class TemplateTextTest {

    @Test
    void placeholdersAreFilledAndApostrophesStay() {
        assertEquals("Dear Åse, we can't wait to hear \"Barnets stemme\".", TemplateText.fill(
                "Dear {author}, we can't wait to hear \"{title}\".", Map.of("author", "Åse", "title", "Barnets stemme")));
        assertEquals("Accepted: {x}", TemplateText.fill("{correction}Accepted: {x}", Map.of("correction", "")));
    }

    @Test
    void anUnknownOrOpenPlaceholderIsNamed() {
        assertEquals(Optional.empty(), TemplateText.unreadable("Dear {author}, \"{title}\" at {conference}"));
        assertEquals(Optional.of("{titel}"), TemplateText.unreadable("Dear {author}, {titel}"));
        assertEquals(Optional.of("{0}"), TemplateText.unreadable("Dear {0}"));
        assertEquals(Optional.of("{title"), TemplateText.unreadable("Broken {title\nand more"));
        assertEquals(Optional.of("}"), TemplateText.unreadable("{author} }"));
    }
}

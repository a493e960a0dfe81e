package org.samling.search.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenSearchIndexesTest {

    @Test
    void theNextIndexCountsOnFromTheCurrentOne() {
        assertEquals("submission-000002", OpenSearchIndexes.next("submission-000001"));
        assertEquals("submission-000010", OpenSearchIndexes.next("submission-000009"));
        assertEquals("submission-1000000", OpenSearchIndexes.next("submission-999999"));
    }
}

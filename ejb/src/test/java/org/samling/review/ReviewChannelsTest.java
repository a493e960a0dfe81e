package org.samling.review;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every class that reads the committee's judgement (a review, its scores, a mean of them, the
 * discussion) is a channel through which review independence can leak. Each must be one of
 * {@link ReviewChannels}, which {@code ReviewIndependenceIT} probes against {@code ReviewPolicy};
 * a class that starts reading such data unlisted fails here, and a channel added to the list
 * without a probe does not compile there.
 */
class ReviewChannelsTest {

    /** What the committee judges, as stored or as derived from it. */
    private static final Set<String> JUDGEMENT = Set.of(
            "org.samling.review.model.Review",
            "org.samling.review.model.ReviewContent",
            "org.samling.review.model.DiscussionPost",
            "org.samling.decision.model.ScoreStats",
            "org.samling.search.persistence.ScoreField");

    /**
     * Where the judgement is defined and stored, and the demo data that writes some: they show it
     * to nobody, so they are no channel.
     */
    private static final Set<String> HOME = Set.of("org.samling.review.model", "org.samling.review.persistence",
            "org.samling.demo");

    @Test
    void everyClassThatReadsTheCommitteesJudgementIsAProbedChannel() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.samling");
        Set<String> readers = new TreeSet<>();
        for (JavaClass c : classes) {
            if (HOME.contains(c.getPackageName()) || JUDGEMENT.contains(topLevel(c))) {
                continue;
            }
            boolean reads = c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> JUDGEMENT.contains(topLevel(d.getTargetClass())));
            if (reads) {
                readers.add(topLevel(c));
            }
        }
        Set<String> listed = Arrays.stream(ReviewChannels.values()).flatMap(ch -> ch.classes().stream())
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, readers, "Each class that reads reviews, scores or the discussion is a channel of ReviewChannels, "
                + "probed by ReviewIndependenceIT against ReviewPolicy (and a class listed there reads them)");
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int inner = name.indexOf('$');
        return inner < 0 ? name : name.substring(0, inner);
    }
}

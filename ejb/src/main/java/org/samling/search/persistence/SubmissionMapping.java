package org.samling.search.persistence;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.samling.submission.model.Submission;

/**
 * Which entities are indexed, and how, said here in the search context rather than by annotations
 * on the entities: the submission context knows nothing of search (no import cycle), and the index
 * is what {@link SubmissionIndexBinder} writes. persistence.xml names this class, and names
 * WildFly's Hibernate Search module, which it would otherwise add only when it saw an annotation.
 */
public class SubmissionMapping implements HibernateOrmSearchMappingConfigurer {

    /** The index's name, as it was when the entity carried the annotation: existing indexes stay valid. */
    public static final String INDEX = "submission";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep submission = context.programmaticMapping().type(Submission.class);
        submission.indexed().index(INDEX);
        submission.binder(new SubmissionIndexBinder());
    }
}

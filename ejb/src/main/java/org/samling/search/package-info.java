/**
 * Full-text search of submissions: a Hibernate Search index (embedded Lucene, or OpenSearch) with Danish, Swedish,
 * Norwegian and English stemming and a Nordic-folded field, queried through one search box whose
 * scope each role's policy decides (chairs everything, reviewers what they may review, without
 * author fields; visitors the published programme).
 */
package org.samling.search;

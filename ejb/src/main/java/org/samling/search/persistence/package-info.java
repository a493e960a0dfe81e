/**
 * How submissions are indexed: the analyzers per language for either backend, the index binder,
 * Hibernate Search's start-up in an EAR, and where the embedded Lucene index and OpenSearch differ.
 */
package org.samling.search.persistence;

/** The search box's language (words, phrases, prefixes, exclusions, OR, field filters), results, facets and the reindex job. */
package org.samling.search.model;

/** Search use cases: the role-aware search, similar submissions, the mass reindex job, and indexing on change. */
package org.samling.search.service;

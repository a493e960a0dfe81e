/** How submissions are indexed: the analyzers per language, the index binder, and Hibernate Search's start-up in an EAR. */
package org.samling.search.persistence;

/** The search page (one box for chairs and the committee, with facets and the index rebuild) and the chairs' page of one submission. */
package org.samling.web.search;

/** The chairs' ranking and decisions, the export, and an author's decision page. */
package org.samling.web.decision;

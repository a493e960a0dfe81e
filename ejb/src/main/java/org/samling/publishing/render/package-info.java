/** Pure renderers from a printed document's value to bytes (PDFBox, ical4j): no container, so the benchmark runs them alone. */
package org.samling.publishing.render;

/** Builds the printed programme, the book of abstracts, the calendar and the JSON from the latest release. */
package org.samling.publishing.service;

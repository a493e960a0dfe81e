/** Publishing the programme: the printed programme and book of abstracts (PDF), the calendar (iCalendar) and the JSON. */
package org.samling.publishing;

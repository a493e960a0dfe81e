/** Conference: the event, its languages and venues, and its call for contributions. */
package org.samling.conference;

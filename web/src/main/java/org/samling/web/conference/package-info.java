/** The front page with open calls, a conference's public page, and the chair's area. */
package org.samling.web.conference;

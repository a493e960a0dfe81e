/** The JSON API under /api: the same services, rules and messages as the pages. */
package org.samling.web.api;

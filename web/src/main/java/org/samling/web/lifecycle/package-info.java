/** The audit log's pages for chairs and admins, and its CSV download. */
package org.samling.web.lifecycle;

/**
 * What every request passes before the pages and the API see it: the security headers, who the
 * client is behind a trusted proxy, sessions' time limits, same-origin writes to the API, and
 * bodies that must arrive at a sane pace.
 */
package org.samling.web.security;

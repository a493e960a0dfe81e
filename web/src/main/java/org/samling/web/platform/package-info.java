/** Liveness and readiness pages for load balancers and the start script. */
package org.samling.web.platform;

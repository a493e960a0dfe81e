/** Start-up of the application on a node: schema migration and the readiness it reports. */
package org.samling.platform;

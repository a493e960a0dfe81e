/** What the application needs on every node: schema migration at start-up, readiness, and API requests that happen once however often they are sent. */
package org.samling.platform;

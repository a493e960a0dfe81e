/** Conferences and their calls, with the call's phase computed from the server's clock. */
package org.samling.conference.model;

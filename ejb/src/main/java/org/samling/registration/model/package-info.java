/** Registrations, their picks and the registration settings; the pick's state machine. */
package org.samling.registration.model;

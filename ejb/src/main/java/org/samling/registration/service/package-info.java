/** Registering, changing and cancelling picks under the seat rule; the chairs' counts, moves, exports and allocation. */
package org.samling.registration.service;

/** JPA storage of registrations, with the session row lock that keeps seats within capacity. */
package org.samling.registration.persistence;

/** JPA implementation of the identity repository. */
package org.samling.identity.persistence;

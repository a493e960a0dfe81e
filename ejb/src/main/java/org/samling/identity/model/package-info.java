/** Accounts, their role grants, one-time e-mail tokens and failed log-in records. */
package org.samling.identity.model;

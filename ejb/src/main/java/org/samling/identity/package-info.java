/** Identity: accounts, e-mail confirmation, passwords, log-in throttling and roles. */
package org.samling.identity;

/** Registration, confirmation, password reset, log-in with throttling, and who holds which role. */
package org.samling.identity.service;

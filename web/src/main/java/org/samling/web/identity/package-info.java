/** Log-in (form and API), registration, confirmation, password reset and profile views. */
package org.samling.web.identity;

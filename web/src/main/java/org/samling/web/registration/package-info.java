/** Registration pages: the participant's form and own page, and the chairs' registrations. */
package org.samling.web.registration;

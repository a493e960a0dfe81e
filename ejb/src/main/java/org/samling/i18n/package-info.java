/** The four interface languages and the message bundles every page and e-mail reads. */
package org.samling.i18n;

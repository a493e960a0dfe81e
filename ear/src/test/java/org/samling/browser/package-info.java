/** What the browser tests share: headless Chromium with an accessibility audit, and a real SMTP server. */
package org.samling.browser;

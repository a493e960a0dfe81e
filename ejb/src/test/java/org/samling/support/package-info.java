/** What the integration tests share: the deployment they run in. */
package org.samling.support;

/** The web module: JSF views with one thin backing bean each, and the JSON API; no JPA here. */
package org.samling.web;

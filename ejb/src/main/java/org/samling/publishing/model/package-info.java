/** What the publishing renderers print: documents as values, in the conference's language. */
package org.samling.publishing.model;

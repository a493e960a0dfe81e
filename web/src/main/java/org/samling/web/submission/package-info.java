/** The author's area: "My submissions". */
package org.samling.web.submission;

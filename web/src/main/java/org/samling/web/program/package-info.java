/** The programme's pages: the chairs' editor, the public programme and presentation pages, and the downloads. */
package org.samling.web.program;

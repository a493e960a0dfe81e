/** The programme: blocks, rooms, sessions and the accepted submissions placed in them, its clashes, proposal and releases. */
package org.samling.program;

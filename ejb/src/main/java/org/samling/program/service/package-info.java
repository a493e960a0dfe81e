/** Use cases of the programme: the chairs' editor, the proposal, publishing releases, and the public reading of the latest release. */
package org.samling.program.service;

/** Demo data: what a newcomer sees on the first run, written only into an empty database. */
package org.samling.demo;

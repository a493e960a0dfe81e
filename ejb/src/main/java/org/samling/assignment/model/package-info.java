/** Assignments, their states and sources, the plans that change them and the event a change fires. */
package org.samling.assignment.model;

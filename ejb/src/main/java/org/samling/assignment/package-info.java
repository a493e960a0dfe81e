/** Assignment: who reviews which submission, changed only through one pipeline (plan, validate, preview, apply). */
package org.samling.assignment;

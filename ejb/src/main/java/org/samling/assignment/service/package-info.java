/** The assignment pipeline and its policy: every change (by hand, CSV or automatic) is planned, checked, previewed and applied here. */
package org.samling.assignment.service;

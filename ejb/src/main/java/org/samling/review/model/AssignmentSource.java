package org.samling.review.model;

/** Where an assignment came from: a chair's hand, an uploaded CSV file, or the automatic assignment. */
public enum AssignmentSource {
    MANUAL, CSV, AUTOMATIC
}

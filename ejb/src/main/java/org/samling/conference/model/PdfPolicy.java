package org.samling.conference.model;

/** Whether a call wants a PDF with the abstract. */
public enum PdfPolicy {
    NONE, OPTIONAL, REQUIRED
}

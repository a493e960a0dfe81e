package org.samling.submission.service;

import java.util.List;

/**
 * What the intake found in an accepted PDF: its pages and size, its text (kept for search), what
 * in it may identify the authors, and the copy reviewers get, without identifying metadata.
 */
public record PdfInspection(int pages, int bytes, String text, List<String> findings, byte[] sanitised) {
}

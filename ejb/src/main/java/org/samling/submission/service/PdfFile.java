package org.samling.submission.service;

/** A PDF to hand out: the name the author gave it and its bytes. */
public record PdfFile(String fileName, byte[] bytes) {
}

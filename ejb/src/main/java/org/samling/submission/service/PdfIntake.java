package org.samling.submission.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.samling.shared.DomainException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes a PDF only if PDFBox can parse it (never by its file name), within the call's page and
 * size limits, unencrypted. Extracts its text, and looks for the authors' names, e-mail addresses
 * and affiliations in it, in its form fields (both are what a reader sees), and in what a reader
 * may not see but a PDF viewer shows on request: the metadata (Info dictionary and XMP), the
 * annotations (their author and comment), the bookmarks' titles and the attached files. It makes
 * the copy reviewers get: the pages only, forms flattened into them, with none of those hidden
 * parts ({@link PdfCleaner}).
 */
public final class PdfIntake {

    private PdfIntake() {
    }

    /** The call's limits on a PDF. */
    public record Limits(int maxPages, int maxBytes) {
    }

    /** Inspects the bytes; a refusal names the field "pdf" and says why. */
    public static PdfInspection inspect(byte[] bytes, Limits limits, List<String> identities) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("pdf", "pdf.empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new DomainException("pdf", "pdf.tooLarge", megabytes(bytes.length), megabytes(limits.maxBytes()));
        }
        if (!new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new DomainException("pdf", "pdf.notPdf");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new DomainException("pdf", "pdf.encrypted");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new DomainException("pdf", "pdf.broken");
            }
            if (pages > limits.maxPages()) {
                throw new DomainException("pdf", "pdf.tooManyPages", pages, limits.maxPages());
            }
            String text = new PDFTextStripper().getText(doc);
            Map<String, String> parts = PdfCleaner.hiddenText(doc);
            parts.put("metadata", parts.get("metadata") + "\n" + metadataText(doc));
            List<String> findings = findings(identities, text, parts);

            PdfCleaner.clean(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            doc.save(out);
            return new PdfInspection(pages, bytes.length, text, findings, out.toByteArray());
        } catch (InvalidPasswordException e) {
            throw new DomainException("pdf", "pdf.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("pdf", "pdf.broken");
        }
    }

    private static String metadataText(PDDocument doc) throws IOException {
        StringBuilder b = new StringBuilder();
        PDDocumentInformation info = doc.getDocumentInformation();
        for (String key : info.getMetadataKeys()) {
            Object value = info.getCOSObject().getDictionaryObject(key);
            b.append(info.getCustomMetadataValue(key) == null ? String.valueOf(value) : info.getCustomMetadataValue(key))
                    .append('\n');
        }
        PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
        if (xmp != null) {
            try (InputStream in = xmp.exportXMPMetadata()) {
                b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    /** As {@link #findings(List, String, Map)}, with only the metadata beside the text. */
    static List<String> findings(List<String> identities, String text, String metadata) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("metadata", metadata);
        return findings(identities, text, parts);
    }

    /**
     * Each identity found, with where: "text:Åse Brøndum", "form:...", "metadata:ase@kp.dk",
     * "annotation:...", "bookmark:...", "attachment:..." (see {@link PdfCleaner#hiddenText}).
     */
    static List<String> findings(List<String> identities, String text, Map<String, String> hidden) {
        Map<String, String> where = new LinkedHashMap<>();
        where.put("text", fold(text));
        hidden.forEach((part, content) -> where.put(part, fold(content)));
        Set<String> found = new LinkedHashSet<>();
        for (String identity : identities) {
            if (identity == null || identity.trim().length() < 4) {
                continue;
            }
            String needle = fold(identity.trim());
            where.forEach((part, content) -> {
                if (content.contains(needle)) {
                    found.add(part + ":" + identity.trim());
                }
            });
        }
        return new ArrayList<>(found);
    }

    /** Case and white space folded, letters composed, so "Åse  Brøndum" finds "åse brøndum". */
    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String megabytes(int bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }
}

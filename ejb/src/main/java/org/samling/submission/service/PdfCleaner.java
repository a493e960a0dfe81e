package org.samling.submission.service;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a PDF a reader does not see on its pages but a viewer shows on request, and the
 * reviewers' copy without them: annotations (whose author is often the writer's name), bookmarks,
 * attached files, form fields (flattened into the page first, so what was visible stays), the
 * document information, XMP metadata (also per page), page-piece data, the structure tree (its
 * alternate texts) and anything that would run when the file opens.
 */
public final class PdfCleaner {

    private PdfCleaner() {
    }

    /** The hidden text by part: "form", "annotation", "bookmark", "attachment", "metadata" (the structure tree's). */
    static Map<String, String> hiddenText(PDDocument doc) throws IOException {
        StringBuilder form = new StringBuilder();
        StringBuilder annotations = new StringBuilder();
        StringBuilder bookmarks = new StringBuilder();
        StringBuilder attachments = new StringBuilder();
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDAcroForm acro = catalog.getAcroForm(null);
        if (acro != null) {
            for (PDField f : acro.getFieldTree()) {
                form.append(f.getPartialName()).append(' ').append(f.getValueAsString()).append('\n');
            }
        }
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                annotations.append(a.getContents() == null ? "" : a.getContents()).append('\n');
                if (a instanceof PDAnnotationMarkup m) {
                    annotations.append(m.getTitlePopup() == null ? "" : m.getTitlePopup()).append(' ')
                            .append(m.getSubject() == null ? "" : m.getSubject()).append('\n');
                }
            }
        }
        if (catalog.getDocumentOutline() != null) {
            outline(catalog.getDocumentOutline(), bookmarks, 0);
        }
        PDDocumentNameDictionary names = catalog.getNames();
        PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
        if (files != null) {
            attachedFiles(files, attachments);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("form", form.toString());
        parts.put("annotation", annotations.toString());
        parts.put("bookmark", bookmarks.toString());
        parts.put("attachment", attachments.toString());
        parts.put("metadata", "");
        return parts;
    }

    private static void outline(PDOutlineNode node, StringBuilder out, int depth) {
        if (depth > 50) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            out.append(item.getTitle() == null ? "" : item.getTitle()).append('\n');
            outline(item, out, depth + 1);
        }
    }

    private static void attachedFiles(PDNameTreeNode<PDComplexFileSpecification> node, StringBuilder out) throws IOException {
        if (node.getNames() != null) {
            for (Map.Entry<String, PDComplexFileSpecification> e : node.getNames().entrySet()) {
                PDComplexFileSpecification spec = e.getValue();
                out.append(e.getKey()).append(' ').append(spec.getFilename() == null ? "" : spec.getFilename()).append(' ')
                        .append(spec.getFileDescription() == null ? "" : spec.getFileDescription()).append('\n');
                if (spec.getEmbeddedFile() != null && spec.getEmbeddedFile().getLength() < 1_000_000) {
                    // A small attachment's own bytes (a text file, a signature with a name) are searched too.
                    out.append(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.ISO_8859_1));
                    out.append('\n');
                }
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                attachedFiles(kid, out);
            }
        }
    }

    /** Leaves the pages' content only (forms flattened into it first). */
    static void clean(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDAcroForm acro = catalog.getAcroForm(null);
        if (acro != null) {
            acro.flatten();
        }
        catalog.setAcroForm(null);
        doc.setDocumentInformation(new PDDocumentInformation());
        catalog.setMetadata(null);
        catalog.setDocumentOutline(null);
        catalog.setNames(null);
        catalog.setStructureTreeRoot(null);
        catalog.setMarkInfo(null);
        catalog.setOpenAction(null);
        catalog.getCOSObject().removeItem(COSName.PIECE_INFO);
        catalog.getCOSObject().removeItem(COSName.THREADS);
        catalog.getCOSObject().removeItem(COSName.AA);
        for (PDPage page : doc.getPages()) {
            page.setAnnotations(List.of());
            page.setMetadata(null);
            page.getCOSObject().removeItem(COSName.PIECE_INFO);
            page.getCOSObject().removeItem(COSName.AA);
            page.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
        }
    }
}

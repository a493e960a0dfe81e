package org.samling.publishing.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.samling.publishing.model.PrintedDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.samling.publishing.render.PdfPages.MARGIN;
import static org.samling.publishing.render.PdfPages.TOP;
import static org.samling.publishing.render.PdfPages.WIDTH;

/**
 * Renders a {@link PrintedDocument} with PDFBox: a title page, a table of contents
 * ({@link PdfContents}), the parts with their sections and entries, an author index with page
 * numbers, page numbers in the footer, and an outline (bookmarks) of parts, sections and entries.
 * The layout of the pages is {@link PdfPages}'.
 */
public final class PdfBook {

    private final PrintedDocument d;
    private final Map<String, TreeSet<Integer>> authors;
    private final PdfContents contents = PdfContents.collect();
    private PdfPages out;
    private int contentsPages;

    private PdfBook(PrintedDocument d, Locale locale) {
        this.d = d;
        this.authors = new TreeMap<>(Collator.getInstance(locale));
    }

    /** Writes the document as PDF; returns the number of pages. */
    public static int render(PrintedDocument d, Locale locale, OutputStream out) {
        try {
            return new PdfBook(d, locale).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int write(OutputStream stream) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            out = new PdfPages(doc);
            contentsPages = PdfContents.pagesNeeded(d);
            titlePage();
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            out.newPage();
            for (PrintedDocument.Part part : d.parts()) {
                part(part, outline);
            }
            authorIndex(outline);
            out.closePage();
            contents.insert(out, d.labels().contents(), contentsPages);
            footers(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(d.title() + " - " + d.subtitle());
            info.setCreator("Samling");
            doc.save(stream);
            return doc.getNumberOfPages();
        }
    }

    private void titlePage() throws IOException {
        out.newPage();
        out.moveTo(TOP - 180);
        out.paragraph(d.title(), out.bold, 24, 0, 30);
        out.space(14);
        out.paragraph(d.subtitle(), out.regular, 14, 0, 18);
        out.space(20);
        for (String note : d.notes()) {
            out.paragraph(note, out.regular, 10.5f, 0, 14);
        }
        out.closePage();
    }

    private void part(PrintedDocument.Part part, PDDocumentOutline outline) throws IOException {
        out.ensure(120);
        if (!out.atTop()) {
            out.space(10);
        }
        PDOutlineItem partItem = out.bookmark(outline, part.heading());
        contents.add(0, part.heading(), out.page());
        out.paragraph(part.heading(), out.bold, 16, 0, 20);
        out.space(6);
        for (PrintedDocument.Section section : part.sections()) {
            out.ensure(70);
            PDOutlineItem sectionItem = out.bookmark(partItem, section.heading());
            contents.add(1, section.heading(), out.page());
            out.paragraph(section.heading(), out.bold, 12, 0, 15);
            if (section.subheading() != null && !section.subheading().isBlank()) {
                out.paragraph(section.subheading(), out.regular, 9.5f, 0, 12);
            }
            out.space(5);
            for (PrintedDocument.Entry e : section.entries()) {
                entry(e, sectionItem);
            }
            out.space(8);
        }
    }

    private void entry(PrintedDocument.Entry e, PDOutlineItem parent) throws IOException {
        out.ensure(e.text() == null ? 40 : 90);
        if (d.entriesInContents()) {
            out.bookmark(parent, e.title());
            contents.add(2, e.title(), out.page());
        }
        String title = (e.time() == null || e.time().isBlank() ? "" : e.time() + "  ") + e.title()
                + (e.tentative() ? " (" + d.labels().tentative() + ")" : "");
        out.paragraph(title, out.bold, 10.5f, 0, 13.5f);
        if (!e.authors().isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (PrintedDocument.Person p : e.authors()) {
                if (names.length() > 0) {
                    names.append("; ");
                }
                names.append(p.name());
                if (p.affiliation() != null && !p.affiliation().isBlank()) {
                    names.append(", ").append(p.affiliation());
                }
                authors.computeIfAbsent(indexName(p.name()), k -> new TreeSet<>()).add(bodyPageNumber());
            }
            out.paragraph(names.toString(), out.regular, 9.5f, 0, 12);
        }
        if (e.text() != null && !e.text().isBlank()) {
            out.space(3);
            for (String para : e.text().split("\\R\\s*\\R|\\R")) {
                if (!para.isBlank()) {
                    out.paragraph(para, out.regular, 9.5f, 0, 12.5f);
                    out.space(2);
                }
            }
        }
        if (e.keywords() != null && !e.keywords().isEmpty()) {
            out.paragraph(d.labels().keywords() + ": " + String.join(", ", e.keywords()), out.regular, 8.5f, 0, 11);
        }
        out.space(e.text() == null ? 4 : 10);
    }

    /**
     * "Højgaard, Søren": surname first, as an index is read. A name field that also holds the
     * organisation ("Hanna Ask, Berättarverkstaden", "Hanna Ask (Berättarverkstaden)") is indexed by
     * the person; one already written surname first ("Ask, Hanna") stays as it is.
     */
    static String indexName(String name) {
        String n = name.replaceAll("\\(.*?\\)", " ").strip().replaceAll("\\s+", " ");
        int comma = n.indexOf(',');
        if (comma > 0) {
            String before = n.substring(0, comma).strip();
            String after = n.substring(comma + 1).strip();
            if (!before.contains(" ") && !after.isEmpty() && !after.contains(" ") && !after.contains(",")) {
                return before + ", " + after;
            }
            n = before;
        }
        int i = n.lastIndexOf(' ');
        return i < 0 ? n : n.substring(i + 1) + ", " + n.substring(0, i);
    }

    private void authorIndex(PDDocumentOutline outline) throws IOException {
        out.closePage();
        out.newPage();
        out.bookmark(outline, d.labels().authorIndex());
        contents.add(0, d.labels().authorIndex(), out.page());
        out.paragraph(d.labels().authorIndex(), out.bold, 16, 0, 20);
        out.space(8);
        for (Map.Entry<String, TreeSet<Integer>> a : authors.entrySet()) {
            StringBuilder pages = new StringBuilder();
            for (Integer p : a.getValue()) {
                if (pages.length() > 0) {
                    pages.append(", ");
                }
                pages.append(p);
            }
            out.paragraph(a.getKey() + " \u2014 " + pages, out.regular, 9.5f, 12, 12);
        }
    }

    /** The page number a reader sees for the current body page (title page 1, then the contents). */
    private int bodyPageNumber() {
        return out.doc.getPages().indexOf(out.page()) + 1 + contentsPages;
    }

    private void footers(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage p : doc.getPages()) {
            n++;
            if (n == 1) {
                continue;
            }
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String right = d.labels().page() + " " + n;
                float rw = out.regular.width(right, 8);
                PdfPages.show(s, out.regular, 8, MARGIN, MARGIN - 10, out.regular.fit(d.title(), 8, WIDTH - rw - 20));
                PdfPages.show(s, out.regular, 8, MARGIN + WIDTH - rw, MARGIN - 10, right);
            }
        }
    }
}

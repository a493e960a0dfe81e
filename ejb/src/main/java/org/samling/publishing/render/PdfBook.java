package org.samling.publishing.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.samling.publishing.model.PrintedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders a {@link PrintedDocument} with PDFBox: A4, DejaVu Sans embedded (and subset) so that
 * æ, ø, å, ä, ö and every other letter of the authors' names print; a title page, a table of
 * contents, the parts with their sections and entries, an author index with page numbers, page
 * numbers in the footer, and an outline (bookmarks) of parts, sections and entries. The contents
 * go after the title page once the body's page numbers are known; their length is known
 * beforehand (one line per entry), so the numbers printed in them are right the first time.
 */
public final class PdfBook {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float TOC_LINE = 14;

    private final PrintedDocument d;
    private final Locale locale;
    private PDDocument doc;
    private Font regular;
    private Font bold;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private int tocPages;
    private final List<TocLine> toc = new ArrayList<>();
    private final Map<String, TreeSet<Integer>> authors;

    private record TocLine(int level, String text, PDPage page) {
    }

    private PdfBook(PrintedDocument d, Locale locale) {
        this.d = d;
        this.locale = locale;
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

    private int write(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            regular = new Font(load("DejaVuSans.ttf"));
            bold = new Font(load("DejaVuSans-Bold.ttf"));
            tocPages = tocPagesNeeded();
            titlePage();
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            newPage();
            for (PrintedDocument.Part part : d.parts()) {
                ensure(120);
                if (y < TOP) {
                    space(10);
                }
                PDOutlineItem partItem = bookmark(outline, part.heading());
                toc.add(new TocLine(0, part.heading(), page));
                paragraph(part.heading(), bold, 16, 0, 20);
                space(6);
                for (PrintedDocument.Section section : part.sections()) {
                    ensure(70);
                    PDOutlineItem sectionItem = bookmark(partItem, section.heading());
                    toc.add(new TocLine(1, section.heading(), page));
                    paragraph(section.heading(), bold, 12, 0, 15);
                    if (section.subheading() != null && !section.subheading().isBlank()) {
                        paragraph(section.subheading(), regular, 9.5f, 0, 12);
                    }
                    space(5);
                    for (PrintedDocument.Entry e : section.entries()) {
                        entry(e, sectionItem);
                    }
                    space(8);
                }
            }
            authorIndex(outline);
            closePage();
            contents();
            footers();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(d.title() + " - " + d.subtitle());
            info.setCreator("Samling");
            doc.save(out);
            return doc.getNumberOfPages();
        }
    }

    private PDType0Font load(String name) throws IOException {
        try (InputStream in = PdfBook.class.getResourceAsStream("/org/samling/publishing/fonts/" + name)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    private int tocPagesNeeded() {
        int lines = 3; // heading and space
        for (PrintedDocument.Part p : d.parts()) {
            lines++;
            for (PrintedDocument.Section s : p.sections()) {
                lines++;
                if (d.entriesInContents()) {
                    lines += s.entries().size();
                }
            }
        }
        lines++; // the author index
        int perPage = (int) ((TOP - BOTTOM) / TOC_LINE);
        return (lines + perPage - 1) / perPage;
    }

    private void titlePage() throws IOException {
        newPage();
        y = TOP - 180;
        paragraph(d.title(), bold, 24, 0, 30);
        space(14);
        paragraph(d.subtitle(), regular, 14, 0, 18);
        space(20);
        for (String note : d.notes()) {
            paragraph(note, regular, 10.5f, 0, 14);
        }
        closePage();
    }

    private void entry(PrintedDocument.Entry e, PDOutlineItem parent) throws IOException {
        ensure(e.text() == null ? 40 : 90);
        if (d.entriesInContents()) {
            bookmark(parent, e.title());
            toc.add(new TocLine(2, e.title(), page));
        }
        String title = (e.time() == null || e.time().isBlank() ? "" : e.time() + "  ") + e.title()
                + (e.tentative() ? " (" + d.labels().tentative() + ")" : "");
        paragraph(title, bold, 10.5f, 0, 13.5f);
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
            paragraph(names.toString(), regular, 9.5f, 0, 12);
        }
        if (e.text() != null && !e.text().isBlank()) {
            space(3);
            for (String para : e.text().split("\\R\\s*\\R|\\R")) {
                if (!para.isBlank()) {
                    paragraph(para, regular, 9.5f, 0, 12.5f);
                    space(2);
                }
            }
        }
        if (e.keywords() != null && !e.keywords().isEmpty()) {
            paragraph(d.labels().keywords() + ": " + String.join(", ", e.keywords()), regular, 8.5f, 0, 11);
        }
        space(e.text() == null ? 4 : 10);
    }

    /** "Højgaard, Søren": surname first, as an index is read. */
    static String indexName(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        int i = n.lastIndexOf(' ');
        return i < 0 ? n : n.substring(i + 1) + ", " + n.substring(0, i);
    }

    private void authorIndex(PDDocumentOutline outline) throws IOException {
        closePage();
        newPage();
        bookmark(outline, d.labels().authorIndex());
        toc.add(new TocLine(0, d.labels().authorIndex(), page));
        paragraph(d.labels().authorIndex(), bold, 16, 0, 20);
        space(8);
        for (Map.Entry<String, TreeSet<Integer>> a : authors.entrySet()) {
            StringBuilder pages = new StringBuilder();
            for (Integer p : a.getValue()) {
                if (pages.length() > 0) {
                    pages.append(", ");
                }
                pages.append(p);
            }
            paragraph(a.getKey() + " \u2014 " + pages, regular, 9.5f, 12, 12);
        }
    }

    /** The page number a reader sees for the current body page (title page 1, then the contents). */
    private int bodyPageNumber() {
        return doc.getPages().indexOf(page) + 1 + tocPages;
    }

    private void contents() throws IOException {
        List<PDPage> pages = new ArrayList<>();
        int perPage = (int) ((TOP - BOTTOM) / TOC_LINE);
        int line = 0;
        PDPageContentStream s = null;
        PDPage p = null;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"H", d.labels().contents(), ""});
        rows.add(new String[] {"S", "", ""});
        Map<PDPage, Integer> numbers = new HashMap<>();
        int n = 0;
        for (PDPage pg : doc.getPages()) {
            numbers.put(pg, ++n + (n > 1 ? tocPages : 0));
        }
        for (TocLine t : toc) {
            rows.add(new String[] {Integer.toString(t.level()), t.text(), Integer.toString(numbers.get(t.page()))});
        }
        for (String[] r : rows) {
            if (p == null || line >= perPage) {
                if (s != null) {
                    s.close();
                }
                p = new PDPage(PDRectangle.A4);
                pages.add(p);
                s = new PDPageContentStream(doc, p);
                line = 0;
            }
            float ty = TOP - line * TOC_LINE - 12;
            if (r[0].equals("H")) {
                show(s, bold, 16, MARGIN, ty, r[1]);
            } else if (!r[0].equals("S")) {
                int level = Integer.parseInt(r[0]);
                Font f = level == 0 ? bold : regular;
                float size = level == 2 ? 8.5f : 9.5f;
                float indent = level * 14;
                float numberWidth = f.width(r[2], size);
                String text = fit(r[1], f, size, WIDTH - indent - numberWidth - 16);
                show(s, f, size, MARGIN + indent, ty, text);
                show(s, f, size, MARGIN + WIDTH - numberWidth, ty, r[2]);
            }
            line++;
        }
        if (s != null) {
            s.close();
        }
        // In front of the body, after the title page.
        PDPage after = doc.getPage(0);
        for (PDPage tp : pages) {
            doc.getPages().insertAfter(tp, after);
            after = tp;
        }
        // Pad to the counted length, so the printed numbers stay right (never needed, one line per entry).
        for (int i = pages.size(); i < tocPages; i++) {
            PDPage blank = new PDPage(PDRectangle.A4);
            doc.getPages().insertAfter(blank, after);
            after = blank;
        }
    }

    private static String fit(String text, Font f, float size, float width) throws IOException {
        if (f.width(text, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && f.width(t + "\u2026", size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "\u2026";
    }

    private void footers() throws IOException {
        int n = 0;
        for (PDPage p : doc.getPages()) {
            n++;
            if (n == 1) {
                continue;
            }
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String left = d.title();
                String right = d.labels().page() + " " + n;
                float rw = regular.width(right, 8);
                show(s, regular, 8, MARGIN, MARGIN - 10, fit(left, regular, 8, WIDTH - rw - 20));
                show(s, regular, 8, MARGIN + WIDTH - rw, MARGIN - 10, right);
            }
        }
    }

    private PDOutlineItem bookmark(Object parent, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(page);
        dest.setTop((int) y);
        item.setDestination(dest);
        if (parent instanceof PDDocumentOutline o) {
            o.addLast(item);
        } else {
            ((PDOutlineItem) parent).addLast(item);
        }
        return item;
    }

    // ---- layout ----

    private void newPage() throws IOException {
        closePage();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void closePage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    private void ensure(float needed) throws IOException {
        if (cs == null || y - needed < BOTTOM) {
            newPage();
        }
    }

    private void space(float pts) {
        y -= pts;
    }

    /** Wraps a paragraph at word boundaries into the text width, breaking pages where needed. */
    private void paragraph(String text, Font f, float size, float indent, float leading) throws IOException {
        String clean = f.printable(text);
        float width = WIDTH - indent;
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = f.width(" ", size);
        for (String word : clean.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            float w = f.width(word, size);
            if (line.length() > 0 && lineWidth + space + w > width) {
                emit(line.toString(), f, size, indent, leading);
                line.setLength(0);
                lineWidth = 0;
            }
            if (line.length() > 0) {
                line.append(' ');
                lineWidth += space;
            }
            line.append(word);
            lineWidth += w;
        }
        if (line.length() > 0) {
            emit(line.toString(), f, size, indent, leading);
        }
    }

    private void emit(String line, Font f, float size, float indent, float leading) throws IOException {
        if (y - leading < BOTTOM) {
            newPage();
        }
        y -= leading;
        show(cs, f, size, MARGIN + indent, y, line);
    }

    private static void show(PDPageContentStream s, Font f, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(f.font, size);
        s.newLineAtOffset(x, y);
        s.showText(f.printable(text));
        s.endText();
    }

    /**
     * A font with the widths of the words it has measured (the same words recur thousands of
     * times in a book) and the characters it cannot print replaced, so a stray symbol in an
     * abstract never stops the book.
     */
    private static final class Font {
        final PDFont font;
        private final Map<String, Float> widths = new HashMap<>();
        private final Map<Integer, Boolean> printable = new HashMap<>();

        Font(PDFont font) {
            this.font = font;
        }

        float width(String s, float size) throws IOException {
            Float w = widths.get(s);
            if (w == null) {
                w = font.getStringWidth(printable(s));
                if (widths.size() < 200_000) {
                    widths.put(s, w);
                }
            }
            return w / 1000 * size;
        }

        String printable(String s) {
            StringBuilder b = null;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                boolean ok = cp >= 0x20 && printable.computeIfAbsent(cp, this::canPrint);
                if (!ok && b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                if (b != null) {
                    b.append(ok ? s.substring(i, i + n) : Character.isWhitespace(cp) ? " " : "?");
                }
                i += n;
            }
            return b == null ? s : b.toString();
        }

        private boolean canPrint(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}

package org.samling.publishing.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.InputStream;

/**
 * The book's page layout on A4: the current page and position, paragraphs wrapped at word
 * boundaries and broken across pages, space, bookmarks to the current place. DejaVu Sans is
 * embedded (and subset), so æ, ø, å, ä, ö and every other letter of the authors' names print.
 */
final class PdfPages {

    static final float MARGIN = 56;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 20;

    final PDDocument doc;
    final PdfFont regular;
    final PdfFont bold;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    PdfPages(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = new PdfFont(load(doc, "DejaVuSans.ttf"));
        this.bold = new PdfFont(load(doc, "DejaVuSans-Bold.ttf"));
    }

    private static PDType0Font load(PDDocument doc, String name) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream("/org/samling/publishing/fonts/" + name)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    PDPage page() {
        return page;
    }

    /** At the top of a page, nothing written on it yet. */
    boolean atTop() {
        return y >= TOP;
    }

    void moveTo(float y) {
        this.y = y;
    }

    void newPage() throws IOException {
        closePage();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    void closePage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** A new page unless this much is left on the current one. */
    void ensure(float needed) throws IOException {
        if (cs == null || y - needed < BOTTOM) {
            newPage();
        }
    }

    void space(float pts) {
        y -= pts;
    }

    /** Wraps a paragraph at word boundaries into the text width, breaking pages where needed. */
    void paragraph(String text, PdfFont f, float size, float indent, float leading) throws IOException {
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

    private void emit(String line, PdfFont f, float size, float indent, float leading) throws IOException {
        if (y - leading < BOTTOM) {
            newPage();
        }
        y -= leading;
        show(cs, f, size, MARGIN + indent, y, line);
    }

    static void show(PDPageContentStream s, PdfFont f, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(f.font, size);
        s.newLineAtOffset(x, y);
        s.showText(f.printable(text));
        s.endText();
    }

    /** A bookmark to the current place, under the outline or another bookmark. */
    PDOutlineItem bookmark(Object parent, String title) {
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
}

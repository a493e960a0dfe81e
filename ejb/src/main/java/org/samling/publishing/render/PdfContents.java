package org.samling.publishing.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.samling.publishing.model.PrintedDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.samling.publishing.render.PdfPages.BOTTOM;
import static org.samling.publishing.render.PdfPages.MARGIN;
import static org.samling.publishing.render.PdfPages.TOP;
import static org.samling.publishing.render.PdfPages.WIDTH;

/**
 * The book's table of contents, put after the title page once the body's page numbers are known.
 * Its length is known beforehand (one line per part, section and, if listed, entry), so the
 * numbers printed in the body's footers and the index are right the first time.
 */
final class PdfContents {

    private static final float LINE = 14;

    /** One line: level 0 a part (or the index), 1 a section, 2 an entry; on the body page it points to. */
    record Line(int level, String text, PDPage page) {
    }

    private final List<Line> lines = new ArrayList<>();

    private PdfContents() {
    }

    static PdfContents collect() {
        return new PdfContents();
    }

    void add(int level, String text, PDPage page) {
        lines.add(new Line(level, text, page));
    }

    /** How many pages the contents of this document take. */
    static int pagesNeeded(PrintedDocument d) {
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
        int perPage = (int) ((TOP - BOTTOM) / LINE);
        return (lines + perPage - 1) / perPage;
    }

    /** Writes the contents and puts them after the title page, padded to the counted number of pages. */
    void insert(PdfPages out, String heading, int counted) throws IOException {
        PDDocument doc = out.doc;
        Map<PDPage, Integer> numbers = new HashMap<>();
        int n = 0;
        for (PDPage pg : doc.getPages()) {
            numbers.put(pg, ++n + (n > 1 ? counted : 0));
        }
        List<PDPage> pages = new ArrayList<>();
        int perPage = (int) ((TOP - BOTTOM) / LINE);
        PDPageContentStream s = null;
        int line = perPage;
        List<Line> rows = new ArrayList<>();
        rows.add(null); // the heading
        rows.add(new Line(-1, "", null)); // a blank line
        rows.addAll(lines);
        for (Line r : rows) {
            if (line >= perPage) {
                if (s != null) {
                    s.close();
                }
                PDPage p = new PDPage(PDRectangle.A4);
                pages.add(p);
                s = new PDPageContentStream(doc, p);
                line = 0;
            }
            float ty = TOP - line * LINE - 12;
            if (r == null) {
                PdfPages.show(s, out.bold, 16, MARGIN, ty, heading);
            } else if (r.level() >= 0) {
                PdfFont f = r.level() == 0 ? out.bold : out.regular;
                float size = r.level() == 2 ? 8.5f : 9.5f;
                float indent = r.level() * 14;
                String number = Integer.toString(numbers.get(r.page()));
                float numberWidth = f.width(number, size);
                PdfPages.show(s, f, size, MARGIN + indent, ty, f.fit(r.text(), size, WIDTH - indent - numberWidth - 16));
                PdfPages.show(s, f, size, MARGIN + WIDTH - numberWidth, ty, number);
            }
            line++;
        }
        if (s != null) {
            s.close();
        }
        PDPage after = doc.getPage(0);
        for (PDPage tp : pages) {
            doc.getPages().insertAfter(tp, after);
            after = tp;
        }
        // Pad to the counted length, so the printed numbers stay right (never needed, one line per entry).
        for (int i = pages.size(); i < counted; i++) {
            PDPage blank = new PDPage(PDRectangle.A4);
            doc.getPages().insertAfter(blank, after);
            after = blank;
        }
    }
}

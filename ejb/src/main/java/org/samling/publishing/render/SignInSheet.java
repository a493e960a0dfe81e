package org.samling.publishing.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A session's sign-in sheet: its title, when and where, and one row per seated participant (name,
 * organisation, a line to sign), A4 with the embedded DejaVu font so every name prints.
 */
public final class SignInSheet {

    private static final float MARGIN = 50;
    private static final float ROW = 28;

    private SignInSheet() {
    }

    public record Row(String name, String organisation) {
    }

    public static byte[] render(String conference, String session, String when, String nameLabel, String organisationLabel,
            String signatureLabel, List<Row> rows) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = font(doc, "DejaVuSans.ttf");
            PDType0Font bold = font(doc, "DejaVuSans-Bold.ttf");
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            int i = 0;
            do {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    y = text(s, bold, 14, MARGIN, y, conference, width);
                    y = text(s, bold, 12, MARGIN, y - 6, session, width);
                    y = text(s, regular, 10, MARGIN, y - 2, when, width) - 18;
                    text(s, bold, 9, MARGIN, y, nameLabel, width);
                    text(s, bold, 9, MARGIN + width * 0.38f, y, organisationLabel, width);
                    text(s, bold, 9, MARGIN + width * 0.70f, y, signatureLabel, width);
                    y -= 8;
                    while (i < rows.size() && y - ROW > MARGIN) {
                        Row r = rows.get(i++);
                        y -= ROW;
                        text(s, regular, 10, MARGIN, y + 8, (i) + ". " + r.name(), width * 0.37f);
                        text(s, regular, 9, MARGIN + width * 0.38f, y + 8, r.organisation() == null ? "" : r.organisation(),
                                width * 0.31f);
                        s.moveTo(MARGIN + width * 0.70f, y + 4);
                        s.lineTo(MARGIN + width, y + 4);
                        s.stroke();
                    }
                }
            } while (i < rows.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument doc, String name) throws IOException {
        try (InputStream in = SignInSheet.class.getResourceAsStream("/org/samling/publishing/fonts/" + name)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /** One line, cut to the width; returns the next line's baseline. */
    private static float text(PDPageContentStream s, PDType0Font f, float size, float x, float y, String text, float width)
            throws IOException {
        String t = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < t.length();) {
            int cp = t.codePointAt(i);
            String c = new String(Character.toChars(cp));
            try {
                f.encode(c);
                ok.append(c);
            } catch (IllegalArgumentException | IOException e) {
                ok.append('?');
            }
            i += Character.charCount(cp);
        }
        t = ok.toString();
        while (!t.isEmpty() && f.getStringWidth(t) / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        s.beginText();
        s.setFont(f, size);
        s.newLineAtOffset(x, y - size);
        s.showText(t);
        s.endText();
        return y - size - 4;
    }
}

package org.samling.publishing.render;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A font with the widths of the words it has measured (the same words recur thousands of times in
 * a book) and the characters it cannot print replaced, so a stray symbol in an abstract never
 * stops the book.
 */
final class PdfFont {

    final PDFont font;
    private final Map<String, Float> widths = new HashMap<>();
    private final Map<Integer, Boolean> printable = new HashMap<>();

    PdfFont(PDFont font) {
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
        for (int i = 0; i < s.length();) {
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

    /** The text cut to the width with an ellipsis, if it is wider. */
    String fit(String text, float size, float width) throws IOException {
        if (width(text, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "\u2026", size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "\u2026";
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

package org.samling.shared;

import java.util.regex.Pattern;

/**
 * Text people type, as it may be kept and shown: no control characters (a line break only where
 * the field has lines), no bidirectional overrides that make a name read backwards in a list or a
 * spreadsheet, and a way to tell text that arrived in a broken encoding (what decoding leaves:
 * U+FFFD, or half a surrogate pair), which is refused rather than kept garbled.
 */
public final class Text {

    /** C0 and C1 controls but tab and line feed; the bidirectional embeddings, overrides and isolates. */
    private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n\\u0085\\u2028\\u2029]+");

    private Text() {
    }

    /** A one-line value (a title, a name, a keyword): no control characters, line breaks as spaces, trimmed. */
    public static String line(String s) {
        if (s == null) {
            return null;
        }
        return UNSAFE.matcher(LINE_BREAKS.matcher(s.replace("\r\n", "\n")).replaceAll(" ")).replaceAll("").strip();
    }

    /** A text with lines (an abstract, a comment): line breaks kept as \n, other control characters gone. */
    public static String lines(String s) {
        if (s == null) {
            return null;
        }
        return UNSAFE.matcher(s.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }

    /** Whether the text holds what a broken encoding leaves behind. */
    public static boolean unreadable(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

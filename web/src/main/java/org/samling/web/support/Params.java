package org.samling.web.support;

/** Request parameters as links carry them: anything that is not a number is no number, never an error page. */
public final class Params {

    private Params() {
    }

    /** A whole number as typed into a field bound to a map (JSF converts nothing there), or null. */
    public static Integer whole(String s) {
        Long n = number(s);
        return n == null || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : n.intValue();
    }

    /**
     * A whole number typed where empty means "none": null when empty, else the number, or
     * {@code invalid} for text that is no whole number, so that the service's own range check
     * refuses it with its message.
     */
    public static Integer wholeOrEmpty(String s, int invalid) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Integer n = whole(s);
        return n == null ? invalid : n;
    }

    public static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

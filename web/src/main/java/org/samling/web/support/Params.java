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

    public static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.samling.web.support;

/** Request parameters as links carry them: anything that is not a number is no number, never an error page. */
public final class Params {

    private Params() {
    }

    public static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.samling.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV for the chairs' spreadsheets, written one way for every export: UTF-8 with a byte-order mark
 * (so Excel and LibreOffice read æ, ø, å, ä, ö right), Excel's quoting, and no cell that a
 * spreadsheet would run as a formula (OWASP, CSV injection): text starting with =, +, -, @, a tab
 * or a carriage return is written after an apostrophe, which spreadsheets show as plain text.
 * Control characters and bidirectional overrides never reach a cell.
 */
public final class SpreadsheetCsv {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private SpreadsheetCsv() {
    }

    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value as a cell: numbers and booleans as they are, text neutralised. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = Text.lines(value.toString());
        return FORMULA_START.matcher(text).matches() ? "'" + text : text;
    }
}

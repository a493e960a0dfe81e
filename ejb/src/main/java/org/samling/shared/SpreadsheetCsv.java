package org.samling.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CSV for the chairs' spreadsheets, written one way for every export: UTF-8 with a byte-order mark
 * (so Excel and LibreOffice read æ, ø, å, ä, ö right), Excel's quoting, and no cell that a
 * spreadsheet would run as a formula (OWASP, CSV injection): text starting with =, +, -, @, a tab
 * or a carriage return is written after an apostrophe, which spreadsheets show as plain text.
 * Control characters and bidirectional overrides never reach a cell. Where the reader's language
 * writes decimals with a comma (Danish, Swedish, Norwegian), Excel separates columns with a
 * semicolon: so does this file, and its decimals take the comma, so the file opens in columns.
 */
public final class SpreadsheetCsv {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private SpreadsheetCsv() {
    }

    public static String write(List<String> header, List<? extends List<?>> rows, Locale reader) {
        boolean decimalComma = DecimalFormatSymbols.getInstance(reader).getDecimalSeparator() == ',';
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(decimalComma ? ';' : ',')
                .setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(v -> cell(v, decimalComma)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value as a cell: numbers and booleans as they are (a decimal with the reader's comma), text neutralised. */
    static Object cell(Object value, boolean decimalComma) {
        if (value == null) {
            return "";
        }
        if (decimalComma && (value instanceof Double || value instanceof Float || value instanceof BigDecimal)) {
            return value.toString().replace('.', ',');
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = Text.lines(value.toString());
        return FORMULA_START.matcher(text).matches() ? "'" + text : text;
    }
}

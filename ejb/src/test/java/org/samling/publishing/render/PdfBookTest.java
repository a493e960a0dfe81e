package org.samling.publishing.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.samling.publishing.model.PrintedDocument;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfBookTest {

    private static final PrintedDocument.Labels LABELS = new PrintedDocument.Labels("Indhold", "Forfatterindeks", "Side",
            "Nøgleord", "ikke bekræftet");

    @Test
    void nordicLettersPrintAndTheAuthorIndexNamesThePageOfTheAbstract() throws Exception {
        List<PrintedDocument.Entry> entries = new ArrayList<>();
        entries.add(new PrintedDocument.Entry("11:00\u201312:30", "Socialrådgiveren som brobygger",
                List.of(new PrintedDocument.Person("Søren Højgaard", "Københavns Professionshøjskole")),
                "Hvordan bygger socialrådgivere bro? Æbler, øer og ålborgensere; Ärö och Göteborg. \u2603 \u0007",
                List.of("skolesocialt arbejde"), false));
        for (int i = 0; i < 40; i++) {
            entries.add(new PrintedDocument.Entry("13:00", "Filler " + i, List.of(new PrintedDocument.Person("Åsa Lind", null)),
                    "Lorem ipsum dolor sit amet. ".repeat(60), List.of(), i == 3));
        }
        PrintedDocument d = new PrintedDocument("Nordisk konference", "Abstracthæfte", List.of("Göteborg"), LABELS,
                List.of(new PrintedDocument.Part("Lørdag 26. december 2026",
                        List.of(new PrintedDocument.Section("11:00\u201312:30  Blok 1", "Sal A", entries)))),
                true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int pages = PdfBook.render(d, Locale.forLanguageTag("da"), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(pages, pdf.getNumberOfPages());
            assertTrue(pages > 5, "pages: " + pages);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Socialrådgiveren som brobygger"), text.substring(0, 500));
            assertTrue(text.contains("Æbler, øer og ålborgensere; Ärö och Göteborg"));
            assertTrue(text.contains("ikke bekræftet"));
            // The abstract is on the first body page: title page 1, then the contents.
            PDFTextStripper page = new PDFTextStripper();
            int bodyStart = -1;
            for (int p = 2; p <= pages && bodyStart < 0; p++) {
                page.setStartPage(p);
                page.setEndPage(p);
                if (page.getText(pdf).contains("Hvordan bygger")) {
                    bodyStart = p;
                }
            }
            assertTrue(bodyStart > 2, "contents come before the body");
            assertTrue(text.contains("Højgaard, Søren \u2014 " + bodyStart), "author index names page " + bodyStart);
            assertTrue(text.contains("Side " + bodyStart));
            // The contents list the abstract with the same page number.
            page.setStartPage(2);
            page.setEndPage(2);
            String contents = page.getText(pdf);
            assertTrue(contents.contains("Indhold") && contents.contains("Socialrådgiveren som brobygger " + bodyStart),
                    contents);
            // Outline: the day, its block, the entries; the author index.
            PDOutlineItem day = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Lørdag 26. december 2026", day.getTitle());
            assertEquals("11:00\u201312:30  Blok 1", day.getFirstChild().getTitle());
            assertEquals("Socialrådgiveren som brobygger", day.getFirstChild().getFirstChild().getTitle());
            assertEquals("Forfatterindeks", pdf.getDocumentCatalog().getDocumentOutline().getLastChild().getTitle());
            // The font is embedded.
            PDFont font = pdf.getPage(bodyStart - 1).getResources().getFont(
                    pdf.getPage(bodyStart - 1).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), font.getName());
        }
    }

    @Test
    void indexNamesPutTheSurnameFirst() {
        assertEquals("Højgaard, Søren", PdfBook.indexName("Søren  Højgaard"));
        assertEquals("Madonna", PdfBook.indexName("Madonna"));
        assertEquals("Ask, Hanna", PdfBook.indexName("Hanna Ask, Berättarverkstaden"), "the person, not her organisation");
        assertEquals("Ask, Hanna", PdfBook.indexName("Hanna Ask (Berättarverkstaden)"));
        assertEquals("Ask, Hanna", PdfBook.indexName("Ask, Hanna"), "already surname first");
    }
}

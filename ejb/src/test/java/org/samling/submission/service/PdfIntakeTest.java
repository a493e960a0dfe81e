package org.samling.submission.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.samling.shared.DomainException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF intake on PDFs made here with PDFBox, as an author's word processor would make them. */
public class PdfIntakeTest {

    private static final PdfIntake.Limits LIMITS = new PdfIntake.Limits(2, 1_000_000);
    private static final List<String> AUTHORS = List.of("Åse Brøndum", "ase.brondum@kp.dk", "Københavns Professionshøjskole");

    /** A PDF with one page per text; Helvetica (WinAnsi) prints æ, ø, å, ä, ö. Other tests use it too. */
    public static byte[] pdf(List<String> pages, String infoAuthor, String xmp) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            if (infoAuthor != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setAuthor(infoAuthor);
                info.setTitle("Familierådslagning");
                doc.setDocumentInformation(info);
            }
            if (xmp != null) {
                PDMetadata metadata = new PDMetadata(doc);
                metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
                doc.getDocumentCatalog().setMetadata(metadata);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String refusal(byte[] bytes, PdfIntake.Limits limits) {
        DomainException e = assertThrows(DomainException.class, () -> PdfIntake.inspect(bytes, limits, AUTHORS));
        assertEquals("pdf", e.violations().get(0).field());
        return e.violations().get(0).messageKey();
    }

    @Test
    void anAnonymousAbstractPassesWithItsNordicTextExtracted() throws IOException {
        PdfInspection i = PdfIntake.inspect(pdf(List.of("Børn og unge i udsatte positioner: tillit i mötet"), null, null),
                LIMITS, AUTHORS);
        assertEquals(1, i.pages());
        assertTrue(i.text().contains("Børn og unge i udsatte positioner: tillit i mötet"), i.text());
        assertEquals(List.of(), i.findings());
    }

    @Test
    void anAuthorsNameInTheTextIsFoundWhateverItsCase() throws IOException {
        PdfInspection i = PdfIntake.inspect(pdf(List.of("af ÅSE BRØNDUM, Københavns Professionshøjskole"), null, null),
                LIMITS, AUTHORS);
        assertEquals(List.of("text:Åse Brøndum", "text:Københavns Professionshøjskole"), i.findings());
    }

    @Test
    void identitiesInTheInfoDictionaryAndXmpAreFoundAndRemovedFromTheReviewersCopy() throws IOException {
        String xmp = "<?xpacket begin=\"\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>ase.brondum@kp.dk</dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        PdfInspection i = PdfIntake.inspect(pdf(List.of("Et anonymt abstract"), "Åse Brøndum", xmp), LIMITS, AUTHORS);
        assertEquals(List.of("metadata:Åse Brøndum", "metadata:ase.brondum@kp.dk"), i.findings());
        try (PDDocument copy = Loader.loadPDF(i.sanitised())) {
            assertNull(copy.getDocumentInformation().getAuthor());
            assertNull(copy.getDocumentCatalog().getMetadata());
            assertEquals(1, copy.getNumberOfPages());
        }
    }

    @Test
    void encryptedTruncatedFakeAndEmptyFilesAreRefusedSayingWhy() throws IOException {
        byte[] good = pdf(List.of("Tekst"), null, null);
        try (PDDocument doc = Loader.loadPDF(good)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "hemmelig", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertEquals("pdf.encrypted", refusal(out.toByteArray(), LIMITS));
        }
        assertEquals("pdf.broken", refusal(Arrays.copyOf(good, good.length / 3), LIMITS));
        assertEquals("pdf.notPdf", refusal("Dette er et Word-dokument".getBytes(StandardCharsets.UTF_8), LIMITS));
        assertEquals("pdf.empty", refusal(new byte[0], LIMITS));
    }

    @Test
    void pageAndSizeLimitsAreEnforcedWithTheNumbers() throws IOException {
        DomainException pages = assertThrows(DomainException.class,
                () -> PdfIntake.inspect(pdf(List.of("1", "2", "3"), null, null), LIMITS, AUTHORS));
        assertEquals("pdf.tooManyPages", pages.violations().get(0).messageKey());
        assertEquals(List.of(3, 2), List.of(pages.violations().get(0).args()));
        byte[] good = pdf(List.of("Tekst"), null, null);
        assertEquals("pdf.tooLarge", refusal(good, new PdfIntake.Limits(2, good.length - 1)));
    }
}

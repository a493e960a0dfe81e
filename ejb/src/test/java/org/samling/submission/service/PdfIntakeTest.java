package org.samling.submission.service;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.samling.review.service.ReviewPolicy;
import org.samling.shared.DomainException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** A one-page abstract that names nobody on its page, but names its author where viewers show it on request. */
    private static byte[] withHiddenAuthor(boolean formField) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(List.of("Familierådslagning i børnesager"), null, null))) {
            PDPage page = doc.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setTitlePopup("Åse Brøndum");
            note.setContents("Husk at rette afsnit 2");
            note.setRectangle(new PDRectangle(72, 600, 20, 20));
            page.getAnnotations().add(note);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem mark = new PDOutlineItem();
            mark.setTitle("Noter fra Københavns Professionshøjskole");
            outline.addLast(mark);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            PDEmbeddedFile file = new PDEmbeddedFile(doc,
                    new ByteArrayInputStream("cv: ase.brondum@kp.dk".getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("cv.txt");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("cv.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            if (formField) {
                PDAcroForm form = new PDAcroForm(doc);
                doc.getDocumentCatalog().setAcroForm(form);
                form.setDefaultResources(new PDResources());
                form.getDefaultResources().put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                form.setDefaultAppearance("/Helv 10 Tf 0 g");
                PDTextField field = new PDTextField(form);
                field.setPartialName("forfatter");
                PDAnnotationWidget widget = field.getWidgets().get(0);
                widget.setRectangle(new PDRectangle(72, 500, 300, 20));
                widget.setPage(page);
                page.getAnnotations().add(widget);
                form.getFields().add(field);
                field.setValue("Åse Brøndum");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void anAuthorNamedInAnAnnotationABookmarkOrAnAttachmentIsFoundAndTheReviewersCopyHasNoneOfThem() throws IOException {
        PdfInspection i = PdfIntake.inspect(withHiddenAuthor(false), LIMITS, AUTHORS);
        assertTrue(i.findings().containsAll(List.of("annotation:Åse Brøndum", "bookmark:Københavns Professionshøjskole",
                "attachment:ase.brondum@kp.dk")), i.findings().toString());
        assertTrue(ReviewPolicy.canSeePdf(i.findings()), "none of them is in the reviewers' copy");
        try (PDDocument copy = Loader.loadPDF(i.sanitised())) {
            assertTrue(copy.getPage(0).getAnnotations().isEmpty());
            assertNull(copy.getDocumentCatalog().getDocumentOutline());
            assertNull(copy.getDocumentCatalog().getNames());
            assertNull(copy.getDocumentCatalog().getMetadata());
            assertTrue(new PDFTextStripper().getText(copy).contains("Familierådslagning i børnesager"), "the page stays");
            String raw = new String(i.sanitised(), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("brondum") || raw.contains("Husk at rette"), "nothing of them in the file's bytes");
        }
    }

    @Test
    void aNameInAFormFieldIsSeenOnThePageSoThePdfIsWithheldAndTheCopyKeepsItFlattened() throws IOException {
        PdfInspection i = PdfIntake.inspect(withHiddenAuthor(true), LIMITS, AUTHORS);
        assertTrue(i.findings().contains("form:Åse Brøndum"), i.findings().toString());
        assertFalse(ReviewPolicy.canSeePdf(i.findings()), "what a page shows withholds the PDF");
        try (PDDocument copy = Loader.loadPDF(i.sanitised())) {
            assertNull(copy.getDocumentCatalog().getAcroForm(null));
        }
    }
}

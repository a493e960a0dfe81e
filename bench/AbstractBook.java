import org.samling.publishing.model.PrintedDocument;
import org.samling.publishing.render.PdfBook;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Book of abstracts benchmark: N generated abstracts (Danish, Swedish and English, 180-260 words,
 * one to four authors with Nordic names and affiliations) in three days of sessions of four,
 * rendered by the application's own renderer (PdfBook: embedded DejaVu, contents, outline, author
 * index, page numbers) in this fresh JVM. Prints seconds (generation excluded, font loading
 * included), pages, MB and the peak heap.
 * Usage: java -cp ... bench/AbstractBook.java N out.pdf
 */
public class AbstractBook {

    static final String[] WORDS_DA = ("socialrådgiver borger kommune familie barn unge indsats samarbejde forvaltning faglighed "
            + "trivsel beskæftigelse udsatte bolig misbrug psykiatri handicap efterværn retssikkerhed sagsbehandling "
            + "tværfaglig forebyggelse netværk skole sundhed dialog").split(" ");
    static final String[] WORDS_SV = ("socialsekreterare brukare kommun familj barn unga insats samverkan förvaltning "
            + "utredning socialtjänst missbruk psykiatri funktionshinder boende våld placering uppföljning delaktighet "
            + "förebyggande nätverk skola hälsa stöd").split(" ");
    static final String[] WORDS_EN = ("social worker service user council family child young intervention collaboration "
            + "welfare assessment casework housing substance mental health disability aftercare rights prevention network "
            + "school participation support evidence practice").split(" ");
    static final String[] FIRST = {"Søren", "Åsa", "Ærle", "Björn", "Øystein", "Märta", "Jörgen", "Liv", "Kari", "Emily", "Ingrid",
            "Mette", "Lars", "Sanna", "Anders", "Signe"};
    static final String[] LAST = {"Højgaard", "Lindqvist", "Øvergaard", "Ekström", "Mäkinen", "Ås", "Nyström", "Grønbæk", "Haugen",
            "Carter", "Solberg", "Kjærgaard", "Brändström", "Dahl", "Wik", "Friis"};
    static final String[] AFFILIATION = {"Københavns Professionshøjskole", "Göteborgs universitet", "OsloMet", "Aalborg Universitet",
            "Stockholms universitet", "Høje-Taastrup Kommune", "Malmö universitet", "University of Edinburgh"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random r = new Random(2026);
        List<PrintedDocument.Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] words = i % 3 == 0 ? WORDS_DA : i % 3 == 1 ? WORDS_SV : WORDS_EN;
            StringBuilder text = new StringBuilder();
            int length = 180 + r.nextInt(81);
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : w % 17 == 0 ? ". " : " ").append(words[r.nextInt(words.length)]);
            }
            List<PrintedDocument.Person> authors = new ArrayList<>();
            for (int a = 0, k = 1 + r.nextInt(4); a < k; a++) {
                authors.add(new PrintedDocument.Person(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)],
                        AFFILIATION[r.nextInt(AFFILIATION.length)]));
            }
            entries.add(new PrintedDocument.Entry(String.format("%02d:%02d", 9 + (i % 4) * 2, (i % 2) * 30),
                    "Abstract " + (i + 1) + ": " + words[r.nextInt(words.length)] + " og " + words[r.nextInt(words.length)]
                            + " i praksis", authors, text + ".", List.of(words[r.nextInt(words.length)], words[r.nextInt(words.length)]),
                    i % 50 == 0));
        }
        List<PrintedDocument.Part> parts = new ArrayList<>();
        int perDay = (n + 2) / 3;
        for (int d = 0; d < 3; d++) {
            List<PrintedDocument.Section> sections = new ArrayList<>();
            List<PrintedDocument.Entry> day = entries.subList(Math.min(n, d * perDay), Math.min(n, (d + 1) * perDay));
            for (int s = 0; s < day.size(); s += 4) {
                sections.add(new PrintedDocument.Section("Session " + (d + 1) + "." + (s / 4 + 1), "Sal " + (char) ('A' + s % 5),
                        day.subList(s, Math.min(day.size(), s + 4))));
            }
            parts.add(new PrintedDocument.Part("Dag " + (d + 1), sections));
        }
        PrintedDocument doc = new PrintedDocument("Nordic Social Work Conference (benchmark)", "Abstracthæfte", List.of("Göteborg"),
                new PrintedDocument.Labels("Indhold", "Forfatterindeks", "Side", "Nøgleord", "ikke bekræftet"), parts, true);

        long start = System.nanoTime();
        int pages;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            pages = PdfBook.render(doc, Locale.forLanguageTag("da"), o);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "abstracts %d: %.2f s, %d pages, %.2f MB, peak heap %d MB (heap pools' peaks summed), jvm uptime %.2f s%n",
                n, seconds, pages, Files.size(out) / 1e6, peak / (1024 * 1024),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }
}

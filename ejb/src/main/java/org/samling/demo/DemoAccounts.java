package org.samling.demo;

import org.samling.i18n.Language;

import java.util.List;

/** The documented demo accounts; all share {@link #PASSWORD}. The README lists them too. */
public final class DemoAccounts {

    public static final String PASSWORD = "samling-demo";

    public static final String ADMIN = "admin@samling.example";
    public static final String CHAIR = "chair@samling.example";
    /** Chairs nsw2026 only: a chair of another conference, for what chairs may not see. */
    public static final String CHAIR_2026 = "chair2026@samling.example";
    public static final String REVIEWER_1 = "reviewer1@samling.example";
    public static final String REVIEWER_2 = "reviewer2@samling.example";
    public static final String REVIEWER_3 = "reviewer3@samling.example";
    public static final String AUTHOR_1 = "author1@samling.example";
    public static final String AUTHOR_2 = "author2@samling.example";
    public static final String AUTHOR_3 = "author3@samling.example";

    /** One demo person. */
    public record Person(String email, String name, String affiliation, String country, Language language, String role) {
    }

    public static final List<Person> ALL = List.of(
            new Person(ADMIN, "Ingrid Holm", "Samling", "NO", Language.NB, "admin"),
            new Person(CHAIR, "Mette Kjærgaard", "Aalborg Universitet", "DK", Language.DA, "chair"),
            new Person(CHAIR_2026, "Björn Sandberg", "Lunds universitet", "SE", Language.SV, "chair"),
            new Person(REVIEWER_1, "Åsa Lindqvist", "Göteborgs universitet", "SE", Language.SV, "reviewer"),
            new Person(REVIEWER_2, "Lars Øvergaard", "OsloMet – storbyuniversitetet", "NO", Language.NB, "reviewer"),
            new Person(REVIEWER_3, "Sanna Mäkinen", "University of Helsinki", "FI", Language.EN, "reviewer"),
            new Person(AUTHOR_1, "Søren Højgaard", "Københavns Professionshøjskole", "DK", Language.DA, "author"),
            new Person(AUTHOR_2, "Karin Ekström", "Stockholms universitet", "SE", Language.SV, "author"),
            new Person(AUTHOR_3, "Emily Carter", "University of Edinburgh", "GB", Language.EN, "author"));

    private DemoAccounts() {
    }
}

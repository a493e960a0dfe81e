package org.samling.submission.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One person on a submission, in order, with affiliation; one of them presents. */
@Embeddable
public class Author {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 300)
    private String affiliation;

    @Column(length = 2)
    private String country;

    @Column(nullable = false)
    private boolean presenting;

    protected Author() {
    }

    public Author(String name, String email, String affiliation, String country, boolean presenting) {
        this.name = name == null ? "" : name.trim();
        this.email = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation.trim();
        this.country = country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
        this.presenting = presenting;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getCountry() {
        return country;
    }

    public boolean isPresenting() {
        return presenting;
    }
}

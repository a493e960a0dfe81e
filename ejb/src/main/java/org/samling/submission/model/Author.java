package org.samling.submission.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.samling.shared.Text;

import java.util.Locale;

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
        this.name = name == null ? "" : Text.line(name);
        this.email = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        this.affiliation = affiliation == null || Text.line(affiliation).isEmpty() ? null : Text.line(affiliation);
        this.country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        this.presenting = presenting;
    }

    public String getName() { return name; }

    public String getEmail() { return email; }

    public String getAffiliation() { return affiliation; }

    public String getCountry() { return country; }

    public boolean isPresenting() { return presenting; }
}

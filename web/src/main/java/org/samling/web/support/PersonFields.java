package org.samling.web.support;

import java.io.Serializable;

/** A person as a form edits them: registration, profile, and each author of a submission. */
public class PersonFields implements Serializable {

    private String name;
    private String email;
    private String affiliation;
    private String country;

    public PersonFields() {
    }

    public PersonFields(String name, String email, String affiliation, String country) {
        this.name = name;
        this.email = email;
        this.affiliation = affiliation;
        this.country = country;
    }

    public boolean isBlank() { return blank(name) && blank(email) && blank(affiliation); }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getAffiliation() { return affiliation; }

    public void setAffiliation(String affiliation) { this.affiliation = affiliation; }

    public String getCountry() { return country; }

    public void setCountry(String country) { this.country = country; }
}

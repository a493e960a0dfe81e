package org.samling.web.submission;

import org.samling.submission.model.Author;
import org.samling.web.support.PersonFields;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The submission form's authors as typed, in order, with the one who presents; blank rows are left out when saved. */
final class AuthorList implements Serializable {

    private List<PersonFields> rows = new ArrayList<>();
    private int presenting;

    void fill(List<Author> authors) {
        rows = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            rows.add(new PersonFields(a.getName(), a.getEmail(), a.getAffiliation(), a.getCountry()));
            if (a.isPresenting()) {
                presenting = i;
            }
        }
    }

    List<Author> authors() {
        List<Author> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PersonFields r = rows.get(i);
            if (!r.isBlank()) {
                list.add(new Author(r.getName(), r.getEmail(), r.getAffiliation(), r.getCountry(), i == presenting));
            }
        }
        return list;
    }

    void add(PersonFields row, int max) {
        if (rows.size() < max) {
            rows.add(row);
        }
    }

    /** Takes a row out (never the last); the one presenting stays the same person, or becomes the first. */
    void remove(int index) {
        if (rows.size() > 1 && index >= 0 && index < rows.size()) {
            rows.remove(index);
            if (presenting >= rows.size() || presenting == index) {
                presenting = 0;
            } else if (presenting > index) {
                presenting--;
            }
        }
    }

    void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
            if (presenting == index) {
                presenting--;
            } else if (presenting == index - 1) {
                presenting++;
            }
        }
    }

    List<Integer> indexes() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            list.add(i);
        }
        return list;
    }

    boolean isEmpty() { return rows.isEmpty(); }

    List<PersonFields> rows() {
        return rows;
    }

    int presenting() {
        return presenting;
    }

    void presenting(int presenting) {
        this.presenting = presenting;
    }
}

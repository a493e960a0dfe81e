package org.samling.conference.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.samling.i18n.Language;

import java.util.EnumMap;
import java.util.Map;

/** A theme of the call (child welfare, employment, ...), named in each conference language. */
@Entity
@Table(name = "track")
public class Track {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false)
    private Conference conference;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "track_name", joinColumns = @JoinColumn(name = "track_id"))
    @MapKeyColumn(name = "language", length = 5)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "name", length = 200)
    private Map<Language, String> names = new EnumMap<>(Language.class);

    protected Track() {
    }

    public Track(Conference conference, int position, Map<Language, String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a track needs a name");
        }
        this.conference = conference;
        this.position = position;
        this.names = new EnumMap<>(names);
    }

    /** The name in the reader's language, else English, else any. */
    public String nameIn(Language reader) {
        String n = names.get(reader);
        if (n == null) {
            n = names.getOrDefault(Language.EN, names.values().iterator().next());
        }
        return n;
    }

    /** New names per language (at least one). */
    public void rename(Map<Language, String> newNames) {
        if (newNames.isEmpty()) {
            throw new IllegalArgumentException("a track needs a name");
        }
        names.clear();
        names.putAll(newNames);
    }

    public Map<Language, String> getNames() {
        Map<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(names);
        return copy;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() { return id; }

    public int getPosition() { return position; }
}

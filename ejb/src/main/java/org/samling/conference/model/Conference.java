package org.samling.conference.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.samling.i18n.Language;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One event: name, acronym (used in URLs), venue, time zone, dates, languages offered. */
@Entity
@Table(name = "conference")
public class Conference {

    /** Lower-case letters, digits and dashes; it is part of every public URL. */
    public static final Pattern ACRONYM = Pattern.compile("^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String acronym;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 300)
    private String venue;

    /** IANA id, e.g. Europe/Copenhagen: every deadline of the conference is read in it. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conference_language", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 5)
    private List<Language> languages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conference_description", joinColumns = @JoinColumn(name = "conference_id"))
    @MapKeyColumn(name = "language", length = 5)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "description", length = 10000)
    private Map<Language, String> descriptions = new EnumMap<>(Language.class);

    @Version
    private long version;

    protected Conference() {
    }

    public Conference(String acronym, String name, String venue, ZoneId timeZone, LocalDate firstDay,
            LocalDate lastDay, List<Language> languages) {
        String a = acronym.trim().toLowerCase(Locale.ROOT);
        if (!ACRONYM.matcher(a).matches()) {
            throw new IllegalArgumentException("acronym: " + acronym);
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("last day before first day");
        }
        this.acronym = a;
        this.name = name;
        this.venue = venue;
        this.timeZone = timeZone.getId();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.languages = new ArrayList<>(languages);
    }

    public void describe(Language language, String text) {
        descriptions.put(language, text);
    }

    /**
     * Applies a chair's checked settings; the acronym stays (it is in every public link). The
     * call's deadlines are instants and stay the same instants if the time zone changes.
     */
    public void configure(ConferenceSettings s) {
        this.name = s.name().strip();
        this.venue = s.venue() == null || s.venue().isBlank() ? null : s.venue().strip();
        this.timeZone = s.zone().getId();
        this.firstDay = s.firstDay();
        this.lastDay = s.lastDay();
        this.languages = new ArrayList<>(s.languages());
        this.descriptions.clear();
        if (s.descriptions() != null) {
            s.descriptions().forEach((l, d) -> {
                if (d != null && !d.isBlank()) {
                    descriptions.put(l, d.strip());
                }
            });
        }
    }

    /** The chair's settings as they are now. */
    public ConferenceSettings settings() {
        Map<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(descriptions);
        return new ConferenceSettings(acronym, name, venue, timeZone, firstDay, lastDay, List.copyOf(languages), copy);
    }

    /** The description in the reader's language, else in the conference's first language. */
    public String descriptionIn(Language reader) {
        String d = descriptions.get(reader);
        if (d != null) {
            return d;
        }
        for (Language l : languages) {
            if (descriptions.containsKey(l)) {
                return descriptions.get(l);
            }
        }
        return descriptions.values().stream().findFirst().orElse("");
    }

    public Long getId() { return id; }

    public String getAcronym() { return acronym; }

    public String getName() { return name; }

    public String getVenue() { return venue; }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate getFirstDay() { return firstDay; }

    public LocalDate getLastDay() { return lastDay; }

    public List<Language> getLanguages() { return List.copyOf(languages); }
}

package org.samling.web.conference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceSettings;
import org.samling.conference.model.SubmissionKind;
import org.samling.conference.model.TrackEdit;
import org.samling.conference.model.TypeEdit;
import org.samling.conference.service.ConferenceSetup;
import org.samling.i18n.Language;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A chair edits the call's tracks (a name in each conference language) and submission types
 * (kind and length): add, rename, reorder, remove. Each list is saved as a whole; a track or
 * type that submissions use cannot be removed.
 */
@Named
@ViewScoped
public class TracksView implements Serializable {

    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String conferenceName;
    private List<Language> languages = new ArrayList<>();
    private List<TrackRow> tracks = new ArrayList<>();
    private List<TypeRow> types = new ArrayList<>();

    /** One track in the editor. */
    public static class TrackRow implements Serializable {

        private final Long id;
        private final Map<String, String> names = new HashMap<>();

        TrackRow(Long id) {
            this.id = id;
        }

        public Long getId() { return id; }

        public Map<String, String> getNames() { return names; }
    }

    /** One submission type in the editor. */
    public static class TypeRow implements Serializable {

        private final Long id;
        private String kind;
        private Integer minutes;
        private Integer capacity;

        TypeRow(Long id, String kind, Integer minutes, Integer capacity) {
            this.id = id;
            this.kind = kind;
            this.minutes = minutes;
            this.capacity = capacity;
        }

        public Integer getCapacity() { return capacity; }

        public void setCapacity(Integer capacity) { this.capacity = capacity; }

        public Long getId() { return id; }

        public String getKind() { return kind; }

        public void setKind(String kind) { this.kind = kind; }

        public Integer getMinutes() { return minutes; }

        public void setMinutes(Integer minutes) { this.minutes = minutes; }
    }

    public void load() throws IOException {
        Pages.guard(() -> {
            ConferenceSettings s = conferenceSetup.conferenceSettings(currentUser.actor(), acronym);
            conferenceName = s.name();
            languages = new ArrayList<>(s.languages());
            reload();
        });
    }

    private void reload() {
        tracks = new ArrayList<>();
        for (TrackEdit t : conferenceSetup.trackEdits(currentUser.actor(), acronym)) {
            TrackRow row = new TrackRow(t.id());
            t.names().forEach((l, n) -> row.names.put(l.code(), n));
            tracks.add(row);
        }
        types = new ArrayList<>(conferenceSetup.typeEdits(currentUser.actor(), acronym).stream()
                .map(t -> new TypeRow(t.id(), t.kind().name(), t.minutes(), t.capacity())).toList());
    }

    public void addTrack() {
        tracks.add(new TrackRow(null));
    }

    public void removeTrack(int index) {
        tracks.remove(index);
    }

    public void trackUp(int index) {
        if (index > 0) {
            tracks.add(index - 1, tracks.remove(index));
        }
    }

    public void saveTracks() {
        try {
            List<TrackEdit> edits = tracks.stream().map(r -> {
                Map<Language, String> names = new EnumMap<>(Language.class);
                for (Language l : Language.values()) {
                    String n = r.names.get(l.code());
                    if (n != null) {
                        names.put(l, n);
                    }
                }
                return new TrackEdit(r.id, names);
            }).toList();
            conferenceSetup.saveTracks(currentUser.actor(), acronym, edits, localeBean.getLanguage());
            reload();
            FacesMessages.info("tracks.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "tracks");
        }
    }

    public void addType() {
        types.add(new TypeRow(null, SubmissionKind.PAPER.name(), 20, null));
    }

    public void removeType(int index) {
        types.remove(index);
    }

    public void saveTypes() {
        try {
            List<TypeEdit> edits = types.stream().map(r -> new TypeEdit(r.id,
                    r.kind == null ? null : SubmissionKind.valueOf(r.kind), r.minutes, r.capacity)).toList();
            conferenceSetup.saveTypes(currentUser.actor(), acronym, edits, localeBean.getLanguage());
            reload();
            FacesMessages.info("types.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "types");
        }
    }

    public SubmissionKind[] getKinds() { return SubmissionKind.values(); }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getConferenceName() { return conferenceName; }

    public List<Language> getLanguages() { return languages; }

    public List<TrackRow> getTracks() { return tracks; }

    public List<TypeRow> getTypes() { return types; }
}

package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.review.model.BidPreference;
import org.samling.review.service.BiddingService;
import org.samling.review.service.BiddingSheet;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A committee member's bidding sheet: blinded submissions, a filter, a bid per submission, progress. */
@Named
@ViewScoped
public class BiddingView implements Serializable {

    @Inject
    BiddingService bidding;
    @Inject
    ConferenceService conferenceService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String conferenceName;
    private List<CallDetails.TrackView> tracks = List.of();
    private String query;
    private Long trackId;
    private transient BiddingSheet sheet;
    private final Map<Long, String> choices = new HashMap<>();

    public void load() throws IOException {
        Pages.guard(() -> {
            CallDetails call = conferenceService.callDetails(acronym, localeBean.getLanguage())
                    .orElseThrow(() -> new DomainException(null, "conference.notFound"));
            conferenceName = call.conference().name();
            tracks = call.tracks();
            getSheet();
        });
    }

    public BiddingSheet getSheet() {
        if (sheet == null) {
            sheet = bidding.sheet(currentUser.actor(), acronym, query, trackId, localeBean.getLanguage());
            sheet.submissions().forEach(s -> choices.put(s.id(), s.bid() == null ? null : s.bid().name()));
        }
        return sheet;
    }

    public void filter() {
        sheet = null;
    }

    /** Saves the bid chosen for one submission (on change, by AJAX). */
    public void save(Long submissionId) {
        try {
            String chosen = choices.get(submissionId);
            bidding.bid(currentUser.actor(), submissionId,
                    chosen == null || chosen.isBlank() ? null : BidPreference.valueOf(chosen));
            sheet = null;
        } catch (DomainException e) {
            FacesMessages.show(e, "bids");
        }
    }

    public BidPreference[] getPreferences() { return BidPreference.values(); }

    public Map<Long, String> getChoices() { return choices; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getConferenceName() { return conferenceName; }

    public List<CallDetails.TrackView> getTracks() { return tracks; }

    public String getQuery() { return query; }

    public void setQuery(String query) { this.query = query; }

    public Long getTrackId() { return trackId; }

    public void setTrackId(Long trackId) { this.trackId = trackId; }
}

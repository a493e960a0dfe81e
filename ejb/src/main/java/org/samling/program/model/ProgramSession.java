package org.samling.program.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A plenary or a parallel session (a workshop) in one room during one block, with its chair or facilitator. */
@Entity
@Table(name = "program_session")
public class ProgramSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "block_id", nullable = false)
    private Long blockId;

    @Column(name = "room_id")
    private Long roomId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "track_id")
    private Long trackId;

    @Column(length = 200)
    private String chair;

    @Column(nullable = false)
    private boolean tentative;

    @Version
    private long version;

    protected ProgramSession() {
    }

    public ProgramSession(Long conferenceId, Long blockId, Long roomId, String title, Long trackId, String chair,
            boolean tentative) {
        this.conferenceId = conferenceId;
        change(blockId, roomId, title, trackId, chair, tentative);
    }

    public final void change(Long blockId, Long roomId, String title, Long trackId, String chair, boolean tentative) {
        this.blockId = blockId;
        this.roomId = roomId;
        this.title = title;
        this.trackId = trackId;
        this.chair = chair;
        this.tentative = tentative;
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public Long getBlockId() { return blockId; }

    public Long getRoomId() { return roomId; }

    public String getTitle() { return title; }

    public Long getTrackId() { return trackId; }

    public String getChair() { return chair; }

    public boolean isTentative() { return tentative; }
}

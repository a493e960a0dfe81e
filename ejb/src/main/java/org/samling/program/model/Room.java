package org.samling.program.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A room of the venue with its seats, or a virtual break-out room with its link. */
@Entity
@Table(name = "program_room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(nullable = false, length = 200)
    private String name;

    private Integer capacity;

    @Column(length = 1000)
    private String link;

    @Version
    private long version;

    protected Room() {
    }

    public Room(Long conferenceId, String name, Integer capacity, String link) {
        this.conferenceId = conferenceId;
        change(name, capacity, link);
    }

    public final void change(String name, Integer capacity, String link) {
        this.name = name;
        this.capacity = capacity;
        this.link = link;
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public String getName() { return name; }

    public Integer getCapacity() { return capacity; }

    public String getLink() { return link; }
}

package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEdits;
import org.samling.web.support.CurrentUser;

import java.io.Serializable;

/** The programme editor's room form: add, edit or remove a room (a virtual one has a link). */
@Named
@ViewScoped
public class RoomForm implements Serializable {

    @Inject
    ProgramEditorView page;
    @Inject
    ProgramEditing programEditing;
    @Inject
    CurrentUser currentUser;

    private String roomName;
    private Integer roomCapacity;
    private String roomLink;
    private Long editingRoom;

    /** Adds a room, or saves the one being edited. */
    public void addRoom() {
        if (page.addOrSave("rooms", editingRoom, "room", () -> new ProgramEdits.RoomEdit(roomName, roomCapacity, roomLink),
                e -> programEditing.addRoom(currentUser.actor(), page.acronym(), e),
                (id, e) -> programEditing.changeRoom(currentUser.actor(), page.acronym(), id, e))) {
            cancelRoom();
        }
    }

    public void editRoom(long id) {
        page.getEditor().draft().room(id).ifPresent(r -> {
            editingRoom = r.id();
            roomName = r.name();
            roomCapacity = r.capacity();
            roomLink = r.link();
        });
    }

    public void cancelRoom() {
        editingRoom = null;
        roomName = null;
        roomCapacity = null;
        roomLink = null;
    }

    public void removeRoom(long id) {
        page.change("rooms", () -> programEditing.removeRoom(currentUser.actor(), page.acronym(), id), "program.removed");
    }

    public Long getEditingRoom() { return editingRoom; }
    public String getRoomName() { return roomName; }
    public void setRoomName(String roomName) { this.roomName = roomName; }
    public Integer getRoomCapacity() { return roomCapacity; }
    public void setRoomCapacity(Integer roomCapacity) { this.roomCapacity = roomCapacity; }
    public String getRoomLink() { return roomLink; }
    public void setRoomLink(String roomLink) { this.roomLink = roomLink; }
}

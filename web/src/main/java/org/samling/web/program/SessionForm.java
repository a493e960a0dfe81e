package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEdits;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;

import java.io.Serializable;

/** The programme editor's session form: add, edit or remove a session of a block, in a room, of a track. */
@Named
@ViewScoped
public class SessionForm implements Serializable {

    @Inject
    ProgramEditorView page;
    @Inject
    ProgramEditing programEditing;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private Long editingSession;
    private Long sessionBlock;
    private Long sessionRoom;
    private String sessionTitle;
    private Long sessionTrack;
    private String sessionChair;
    private boolean sessionTentative;

    public void saveSession() {
        if (page.addOrSave("sessions", editingSession, "session", () -> new ProgramEdits.SessionEdit(sessionBlock, sessionRoom,
                sessionTitle, sessionTrack, sessionChair, sessionTentative),
                e -> programEditing.addSession(currentUser.actor(), page.acronym(), e, localeBean.getLanguage()),
                (id, e) -> programEditing.changeSession(currentUser.actor(), page.acronym(), id, e, localeBean.getLanguage()))) {
            cancelSession();
        }
    }

    public void editSession(long id) {
        page.getEditor().draft().sessions().stream().filter(s -> s.id() == id).findFirst().ifPresent(s -> {
            editingSession = s.id();
            sessionBlock = s.blockId();
            sessionRoom = s.roomId();
            sessionTitle = s.title();
            sessionTrack = s.trackId();
            sessionChair = s.chair();
            sessionTentative = s.tentative();
        });
    }

    public void cancelSession() {
        editingSession = null;
        sessionTitle = null;
        sessionChair = null;
        sessionTentative = false;
        sessionTrack = null;
    }

    public void removeSession(long id) {
        page.change("grid", () -> programEditing.removeSession(currentUser.actor(), page.acronym(), id), "program.removed");
    }

    public Long getEditingSession() { return editingSession; }
    public Long getSessionBlock() { return sessionBlock; }
    public void setSessionBlock(Long sessionBlock) { this.sessionBlock = sessionBlock; }
    public Long getSessionRoom() { return sessionRoom; }
    public void setSessionRoom(Long sessionRoom) { this.sessionRoom = sessionRoom; }
    public String getSessionTitle() { return sessionTitle; }
    public void setSessionTitle(String sessionTitle) { this.sessionTitle = sessionTitle; }
    public Long getSessionTrack() { return sessionTrack; }
    public void setSessionTrack(Long sessionTrack) { this.sessionTrack = sessionTrack; }
    public String getSessionChair() { return sessionChair; }
    public void setSessionChair(String sessionChair) { this.sessionChair = sessionChair; }
    public boolean isSessionTentative() { return sessionTentative; }
    public void setSessionTentative(boolean sessionTentative) { this.sessionTentative = sessionTentative; }
}

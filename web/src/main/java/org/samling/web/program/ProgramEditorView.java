package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Messages;
import org.samling.program.model.Change;
import org.samling.program.model.Clash;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEditor;
import org.samling.program.service.ProgramPublishing;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The chairs' programme editor page: the draft with its clashes after every change, the changes
 * not yet published, and publishing a release. Each form of the page has its own bean (blocks,
 * rooms, sessions, items, occurrences, the proposal) that runs its change through
 * {@link #change}; every change goes to the programme's services, which check it.
 */
@Named
@ViewScoped
public class ProgramEditorView implements Serializable {

    @Inject
    ProgramEditing programEditing;
    @Inject
    ProgramPublishing publishing;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private transient ProgramEditor editor;
    private ProgramPublishing.Preview publishPreview;

    public void load() throws IOException {
        Pages.guard(this::reload);
    }

    private void reload() {
        editor = programEditing.editor(currentUser.actor(), acronym, localeBean.getLanguage());
    }

    public ProgramEditor getEditor() {
        if (editor == null) {
            reload();
        }
        return editor;
    }

    /** Runs a change; on success reloads (the clashes with it), on refusal shows it at the form's fields. */
    boolean change(String formId, Runnable r, String savedKey) {
        try {
            r.run();
            reload();
            if (savedKey != null) {
                FacesMessages.info(savedKey);
            }
            return true;
        } catch (DomainException e) {
            FacesMessages.show(e, formId);
            reload();
            return false;
        }
    }

    /**
     * Adds a new one, or saves the one being edited: the edit is made (and checked) inside the change,
     * and the message is {@code program.<what>Added} or {@code program.<what>Saved}. True when done.
     */
    <E> boolean addOrSave(String formId, Long editing, String what, Supplier<E> edit, Consumer<E> add, BiConsumer<Long, E> save) {
        return change(formId, () -> {
            E e = edit.get();
            if (editing == null) {
                add.accept(e);
            } else {
                save.accept(editing, e);
            }
        }, "program." + what + (editing == null ? "Added" : "Saved"));
    }

    /** Publishing's first step: what the release holds and how many it mails, for the chair to confirm. */
    public void askPublish() {
        change("publish", () -> publishPreview = publishing.preview(currentUser.actor(), acronym), null);
    }

    public void cancelPublish() {
        publishPreview = null;
    }

    public ProgramPublishing.Preview getPublishPreview() { return publishPreview; }

    public void publish() {
        publishPreview = null;
        int[] number = new int[1];
        change("publish", () -> number[0] = publishing.publish(currentUser.actor(), acronym, localeBean.getLanguage()), null);
        if (number[0] > 0) {
            FacesMessages.info("program.published", number[0]);
        }
    }

    // ---- what the page lists ----

    public List<ProgramSnapshot.BlockView> getBlocks() { return getEditor().draft().blocks(); }

    public List<ProgramSnapshot.BlockView> getSessionBlocks() {
        return getBlocks().stream().filter(b -> b.kind().holdsSessions()).toList();
    }

    public List<ProgramSnapshot.SessionView> sessionsOf(long blockId) {
        return getEditor().draft().sessionsOf(blockId);
    }

    public String roomOf(ProgramSnapshot.SessionView s) {
        return getEditor().draft().room(s.roomId()).map(ProgramSnapshot.RoomView::name).orElse("");
    }

    public String blockLabel(ProgramSnapshot.BlockView b) {
        return b.day() + " " + b.times() + " " + b.title();
    }

    /** Every session with its block, for the "move to", "place in" and plenary selects. */
    public List<Map.Entry<Long, String>> getSessionChoices() {
        List<Map.Entry<Long, String>> list = new ArrayList<>();
        for (ProgramSnapshot.BlockView b : getSessionBlocks()) {
            for (ProgramSnapshot.SessionView s : sessionsOf(b.id())) {
                String room = roomOf(s);
                list.add(Map.entry(s.id(),
                        b.day() + " " + b.starts() + " \u00b7 " + s.title() + (room.isEmpty() ? "" : " (" + room + ")")));
            }
        }
        return list;
    }

    public String startOf(ProgramSnapshot.SessionView s, ProgramSnapshot.ItemView i) {
        return getEditor().draft().startOf(s, i).toString();
    }

    public String clashText(Clash c) {
        return Messages.get(localeBean.getLanguage(), c.messageKey(), c.args().toArray());
    }

    public String changeText(Change c) {
        return Messages.get(localeBean.getLanguage(), "program.change." + c.kind().name(), c.title(), c.from(), c.to());
    }

    public String names(List<String> names) {
        return String.join(", ", names);
    }

    String acronym() {
        return acronym;
    }

    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
}

package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEditor;
import org.samling.program.service.ProgramEdits;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Params;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The programme editor's items: placing an accepted submission, adding a plenary item, moving
 * (drag and drop, or "move to" and up/down from the keyboard), an item's length, tentative, out.
 */
@Named("programItems")
@ViewScoped
public class ProgramItemsForm implements Serializable {

    @Inject
    ProgramEditorView page;
    @Inject
    ProgramEditing programEditing;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private Long itemSession;
    private String itemTitle;
    private String itemSpeaker;
    private Integer itemMinutes;

    private final Map<Long, String> placeIn = new HashMap<>();
    private final Map<Long, String> moveTo = new HashMap<>();
    /** Text as typed (an EL map gets no converter): parsed when saved; filled again from each draft the page reads. */
    private final Map<Long, String> minutes = new HashMap<>();
    private transient ProgramEditor minutesOf;

    private String dropItem;
    private String dropSession;
    private String dropPosition;

    public void place(long submissionId) {
        page.change("grid", () -> programEditing.place(currentUser.actor(), page.acronym(), submissionId,
                Params.number(placeIn.get(submissionId)), localeBean.getLanguage()), "program.placed");
    }

    public void addPlenary() {
        if (page.change("plenary", () -> programEditing.addPlenary(currentUser.actor(), page.acronym(),
                new ProgramEdits.PlenaryEdit(itemSession, itemTitle, itemSpeaker, itemMinutes)), "program.itemAdded")) {
            itemTitle = null;
            itemSpeaker = null;
            itemMinutes = null;
        }
    }

    /** The keyboard's "move to": the end of the chosen session. */
    public void move(long itemId) {
        page.change("grid",
                () -> programEditing.move(currentUser.actor(), page.acronym(), itemId, Params.number(moveTo.get(itemId)),
                        Integer.MAX_VALUE),
                "program.moved");
    }

    /** An item's length, from the number field beside it. */
    public void saveMinutes(long itemId) {
        page.change("grid", () -> programEditing.changeMinutes(currentUser.actor(), page.acronym(), itemId,
                Params.whole(minutes.get(itemId))), "program.minutesSaved");
    }

    public Map<Long, String> getMinutes() {
        ProgramEditor editor = page.getEditor();
        if (editor != minutesOf) {
            minutes.clear();
            editor.draft().items().forEach(i -> minutes.put(i.id(), Integer.toString(i.minutes())));
            minutesOf = editor;
        }
        return minutes;
    }

    public void up(long itemId, long sessionId, int index) {
        page.change("grid", () -> programEditing.move(currentUser.actor(), page.acronym(), itemId, sessionId, index - 1), null);
    }

    public void down(long itemId, long sessionId, int index) {
        page.change("grid", () -> programEditing.move(currentUser.actor(), page.acronym(), itemId, sessionId, index + 1), null);
    }

    /** What drag and drop posts: the item, the session it was dropped on and the position there. */
    public void drop() {
        Long item = Params.number(dropItem);
        Long session = Params.number(dropSession);
        Long position = Params.number(dropPosition);
        if (item == null || session == null) {
            return;
        }
        page.change("grid", () -> programEditing.move(currentUser.actor(), page.acronym(), item, session,
                position == null ? Integer.MAX_VALUE : position.intValue()), "program.moved");
    }

    public void unplace(long itemId) {
        page.change("grid", () -> programEditing.unplace(currentUser.actor(), page.acronym(), itemId), "program.removed");
    }

    public void toggleTentative(long itemId, boolean tentative) {
        page.change("grid", () -> programEditing.markTentative(currentUser.actor(), page.acronym(), itemId, !tentative), null);
    }

    public Long getItemSession() { return itemSession; }
    public void setItemSession(Long itemSession) { this.itemSession = itemSession; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public String getItemSpeaker() { return itemSpeaker; }
    public void setItemSpeaker(String itemSpeaker) { this.itemSpeaker = itemSpeaker; }
    public Integer getItemMinutes() { return itemMinutes; }
    public void setItemMinutes(Integer itemMinutes) { this.itemMinutes = itemMinutes; }
    public Map<Long, String> getPlaceIn() { return placeIn; }
    public Map<Long, String> getMoveTo() { return moveTo; }
    public String getDropItem() { return dropItem; }
    public void setDropItem(String dropItem) { this.dropItem = dropItem; }
    public String getDropSession() { return dropSession; }
    public void setDropSession(String dropSession) { this.dropSession = dropSession; }
    public String getDropPosition() { return dropPosition; }
    public void setDropPosition(String dropPosition) { this.dropPosition = dropPosition; }
}

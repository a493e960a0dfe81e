package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Language;
import org.samling.program.model.BlockKind;
import org.samling.program.model.Change;
import org.samling.program.model.Clash;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.ProgramEditor;
import org.samling.program.service.ProgramEdits;
import org.samling.program.service.ProgramService;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.Params;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.Consumer;
import java.util.function.BiConsumer;

/**
 * The chairs' programme editor: blocks, rooms, sessions, placing the accepted submissions and
 * plenary items (drag and drop, or the "move to" and up/down buttons from the keyboard), the
 * clashes after every change, the changes not yet published, and publishing a release. Every
 * change goes to {@link ProgramService}, which checks it; this bean only parses the fields.
 */
@Named
@ViewScoped
public class ProgramEditorView implements Serializable {

    @Inject
    ProgramService programService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private transient ProgramEditor editor;

    private String blockDay;
    private String blockStarts;
    private String blockEnds;
    private String blockKind = BlockKind.PARALLEL.name();
    private String blockTitle;
    private Long editingBlock;

    private String roomName;
    private Integer roomCapacity;
    private String roomLink;
    private Long editingRoom;

    private Long editingSession;
    private Long sessionBlock;
    private Long sessionRoom;
    private String sessionTitle;
    private Long sessionTrack;
    private String sessionChair;
    private boolean sessionTentative;

    private Long itemSession;
    private String itemTitle;
    private String itemSpeaker;
    private Integer itemMinutes;

    private String occurrenceVenue;
    private String occurrenceDay;

    private final Map<Long, String> placeIn = new HashMap<>();
    private final Map<Long, String> moveTo = new HashMap<>();
    /** Text as typed (an EL map gets no converter): parsed when saved. */
    private final Map<Long, String> minutes = new HashMap<>();

    private org.samling.program.service.Proposal proposal;

    private String dropItem;
    private String dropSession;
    private String dropPosition;

    public void load() throws IOException {
        Pages.guard(this::reload);
    }

    private void reload() {
        editor = programService.editor(currentUser.actor(), acronym, localeBean.getLanguage());
        minutes.clear();
    }

    public ProgramEditor getEditor() {
        if (editor == null) {
            reload();
        }
        return editor;
    }

    /** Runs a change; on success reloads (the clashes with it), on refusal shows it at the form's fields. */
    private boolean change(String formId, Runnable r, String savedKey) {
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

    // ---- blocks ----

    /**
     * Adds a new one, or saves the one being edited: the edit is made (and checked) inside the change,
     * and the message is {@code program.<what>Added} or {@code program.<what>Saved}. True when done.
     */
    private <E> boolean addOrSave(String formId, Long editing, String what, Supplier<E> edit, Consumer<E> add,
                                  BiConsumer<Long, E> save) {
        return change(formId, () -> {
            E e = edit.get();
            if (editing == null) {
                add.accept(e);
            } else {
                save.accept(editing, e);
            }
        }, "program." + what + (editing == null ? "Added" : "Saved"));
    }

    /** Adds a block, or saves the one being edited (its sessions move with it). */
    public void addBlock() {
        boolean editing = editingBlock != null;
        if (addOrSave("blocks", editingBlock, "block", () -> {
            Violations v = new Violations();
            LocalDate day = date(v, "blockDay", blockDay);
            LocalTime starts = time(v, "blockStarts", blockStarts);
            LocalTime ends = time(v, "blockEnds", blockEnds);
            v.throwIfAny();
            return new ProgramEdits.BlockEdit(day, starts, ends,
                    blockKind == null || blockKind.isBlank() ? null : BlockKind.valueOf(blockKind), blockTitle);
        }, e -> programService.addBlock(currentUser.actor(), acronym, e),
                (id, e) -> programService.changeBlock(currentUser.actor(), acronym, id, e))) {
            blockStarts = editing ? null : blockEnds;
            blockEnds = null;
            blockTitle = null;
            editingBlock = null;
        }
    }

    public void editBlock(long id) {
        getEditor().draft().block(id).ifPresent(b -> {
            editingBlock = b.id();
            blockDay = b.day().toString();
            blockStarts = b.starts().toString();
            blockEnds = b.ends().toString();
            blockKind = b.kind().name();
            blockTitle = b.title();
        });
    }

    public void cancelBlock() {
        editingBlock = null;
        blockTitle = null;
        blockStarts = null;
        blockEnds = null;
    }

    public void removeBlock(long id) {
        change("blocks", () -> programService.removeBlock(currentUser.actor(), acronym, id), "program.removed");
    }

    // ---- rooms ----

    /** Adds a room, or saves the one being edited. */
    public void addRoom() {
        if (addOrSave("rooms", editingRoom, "room", () -> new ProgramEdits.RoomEdit(roomName, roomCapacity, roomLink),
                e -> programService.addRoom(currentUser.actor(), acronym, e),
                (id, e) -> programService.changeRoom(currentUser.actor(), acronym, id, e))) {
            cancelRoom();
        }
    }

    public void editRoom(long id) {
        getEditor().draft().room(id).ifPresent(r -> {
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
        change("rooms", () -> programService.removeRoom(currentUser.actor(), acronym, id), "program.removed");
    }

    // ---- sessions ----

    public void saveSession() {
        if (addOrSave("sessions", editingSession, "session", () -> new ProgramEdits.SessionEdit(sessionBlock, sessionRoom,
                        sessionTitle, sessionTrack, sessionChair, sessionTentative),
                e -> programService.addSession(currentUser.actor(), acronym, e, localeBean.getLanguage()),
                (id, e) -> programService.changeSession(currentUser.actor(), acronym, id, e, localeBean.getLanguage()))) {
            cancelSession();
        }
    }

    public void editSession(long id) {
        getEditor().draft().sessions().stream().filter(s -> s.id() == id).findFirst().ifPresent(s -> {
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
        change("grid", () -> programService.removeSession(currentUser.actor(), acronym, id), "program.removed");
    }

    // ---- placing and moving ----

    public void place(long submissionId) {
        change("grid", () -> programService.place(currentUser.actor(), acronym, submissionId,
                Params.number(placeIn.get(submissionId)), localeBean.getLanguage()), "program.placed");
    }

    public void addPlenary() {
        if (change("plenary", () -> programService.addPlenary(currentUser.actor(), acronym,
                new ProgramEdits.PlenaryEdit(itemSession, itemTitle, itemSpeaker, itemMinutes)), "program.itemAdded")) {
            itemTitle = null;
            itemSpeaker = null;
            itemMinutes = null;
        }
    }

    /** The keyboard's "move to": the end of the chosen session. */
    public void move(long itemId) {
        change("grid", () -> programService.move(currentUser.actor(), acronym, itemId, Params.number(moveTo.get(itemId)),
                Integer.MAX_VALUE), "program.moved");
    }

    /** An item's length, from the number field beside it. */
    public void saveMinutes(long itemId) {
        change("grid", () -> programService.changeMinutes(currentUser.actor(), acronym, itemId,
                Params.whole(minutes.get(itemId))), "program.minutesSaved");
    }

    public Map<Long, String> getMinutes() {
        if (minutes.isEmpty()) {
            getEditor().draft().items().forEach(i -> minutes.put(i.id(), Integer.toString(i.minutes())));
        }
        return minutes;
    }

    public void up(long itemId, long sessionId, int index) {
        change("grid", () -> programService.move(currentUser.actor(), acronym, itemId, sessionId, index - 1), null);
    }

    public void down(long itemId, long sessionId, int index) {
        change("grid", () -> programService.move(currentUser.actor(), acronym, itemId, sessionId, index + 1), null);
    }

    /** What drag and drop posts: the item, the session it was dropped on and the position there. */
    public void drop() {
        Long item = Params.number(dropItem);
        Long session = Params.number(dropSession);
        Long position = Params.number(dropPosition);
        if (item == null || session == null) {
            return;
        }
        change("grid", () -> programService.move(currentUser.actor(), acronym, item, session,
                position == null ? Integer.MAX_VALUE : position.intValue()), "program.moved");
    }

    public void unplace(long itemId) {
        change("grid", () -> programService.unplace(currentUser.actor(), acronym, itemId), "program.removed");
    }

    public void toggleTentative(long itemId, boolean tentative) {
        change("grid", () -> programService.markTentative(currentUser.actor(), acronym, itemId, !tentative), null);
    }

    // ---- the proposal: plan and preview, then apply or discard ----

    public void propose() {
        try {
            proposal = programService.propose(currentUser.actor(), acronym, localeBean.getLanguage());
            if (proposal.sessions().isEmpty()) {
                FacesMessages.info("program.proposalNone");
                proposal = null;
            }
        } catch (DomainException e) {
            FacesMessages.show(e, "proposal");
        }
    }

    public void acceptProposal() {
        if (proposal == null) {
            return;
        }
        int[] placed = new int[1];
        if (change("proposal", () -> placed[0] = programService.applyProposal(currentUser.actor(), acronym, proposal,
                localeBean.getLanguage()), null)) {
            FacesMessages.info("program.proposalApplied", placed[0]);
        }
        proposal = null;
    }

    public void discardProposal() {
        proposal = null;
    }

    public String getProposalSummary() {
        Language l = localeBean.getLanguage();
        return proposal == null ? "" : org.samling.i18n.Messages.get(l, "program.proposalSummary", proposal.placed(),
                proposal.sessions().size(), proposal.unplaced().size(),
                org.samling.i18n.Messages.get(l, proposal.optimal() ? "program.proposalOptimal" : "program.proposalFeasible"));
    }

    public org.samling.program.service.Proposal getProposal() {
        return proposal;
    }

    // ---- occurrences and releases ----

    public void addOccurrence() {
        if (change("occurrences", () -> {
            Violations v = new Violations();
            LocalDate day = date(v, "occurrenceDay", occurrenceDay);
            v.throwIfAny();
            programService.addOccurrence(currentUser.actor(), acronym, new ProgramEdits.OccurrenceEdit(occurrenceVenue, day));
        }, "program.occurrenceAdded")) {
            occurrenceVenue = null;
            occurrenceDay = null;
        }
    }

    public void removeOccurrence(long id) {
        change("occurrences", () -> programService.removeOccurrence(currentUser.actor(), acronym, id), "program.removed");
    }

    public void publish() {
        int[] number = new int[1];
        change("publish", () -> number[0] = programService.publish(currentUser.actor(), acronym, localeBean.getLanguage()),
                null);
        if (number[0] > 0) {
            FacesMessages.info("program.published", number[0]);
        }
    }

    // ---- what the page lists ----

    public List<ProgramSnapshot.BlockView> getBlocks() {
        return getEditor().draft().blocks();
    }

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
                list.add(Map.entry(s.id(), b.day() + " " + b.starts() + " \u00b7 " + s.title() + (room.isEmpty() ? "" : " (" + room + ")")));
            }
        }
        return list;
    }

    public String startOf(ProgramSnapshot.SessionView s, ProgramSnapshot.ItemView i) {
        return getEditor().draft().startOf(s, i).toString();
    }

    public String clashText(Clash c) {
        return org.samling.i18n.Messages.get(localeBean.getLanguage(), c.messageKey(), c.args().toArray());
    }

    public String changeText(Change c) {
        return org.samling.i18n.Messages.get(localeBean.getLanguage(), "program.change." + c.kind().name(), c.title(),
                c.from(), c.to());
    }

    public String names(List<String> names) {
        return String.join(", ", names);
    }

    public BlockKind[] getKinds() {
        return BlockKind.values();
    }

    private static LocalDate date(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "field.required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "program.badDate");
            return null;
        }
    }

    private static LocalTime time(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "field.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "program.badTime");
            return null;
        }
    }

    // ---- fields ----

    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getBlockDay() { return blockDay; }
    public void setBlockDay(String blockDay) { this.blockDay = blockDay; }
    public String getBlockStarts() { return blockStarts; }
    public void setBlockStarts(String blockStarts) { this.blockStarts = blockStarts; }
    public String getBlockEnds() { return blockEnds; }
    public void setBlockEnds(String blockEnds) { this.blockEnds = blockEnds; }
    public String getBlockKind() { return blockKind; }
    public void setBlockKind(String blockKind) { this.blockKind = blockKind; }
    public String getBlockTitle() { return blockTitle; }
    public void setBlockTitle(String blockTitle) { this.blockTitle = blockTitle; }
    public String getRoomName() { return roomName; }
    public void setRoomName(String roomName) { this.roomName = roomName; }
    public Integer getRoomCapacity() { return roomCapacity; }
    public void setRoomCapacity(Integer roomCapacity) { this.roomCapacity = roomCapacity; }
    public String getRoomLink() { return roomLink; }
    public void setRoomLink(String roomLink) { this.roomLink = roomLink; }
    public Long getEditingSession() { return editingSession; }
    public Long getEditingBlock() { return editingBlock; }
    public Long getEditingRoom() { return editingRoom; }
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
    public Long getItemSession() { return itemSession; }
    public void setItemSession(Long itemSession) { this.itemSession = itemSession; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public String getItemSpeaker() { return itemSpeaker; }
    public void setItemSpeaker(String itemSpeaker) { this.itemSpeaker = itemSpeaker; }
    public Integer getItemMinutes() { return itemMinutes; }
    public void setItemMinutes(Integer itemMinutes) { this.itemMinutes = itemMinutes; }
    public String getOccurrenceVenue() { return occurrenceVenue; }
    public void setOccurrenceVenue(String occurrenceVenue) { this.occurrenceVenue = occurrenceVenue; }
    public String getOccurrenceDay() { return occurrenceDay; }
    public void setOccurrenceDay(String occurrenceDay) { this.occurrenceDay = occurrenceDay; }
    public Map<Long, String> getPlaceIn() { return placeIn; }
    public Map<Long, String> getMoveTo() { return moveTo; }
    public String getDropItem() { return dropItem; }
    public void setDropItem(String dropItem) { this.dropItem = dropItem; }
    public String getDropSession() { return dropSession; }
    public void setDropSession(String dropSession) { this.dropSession = dropSession; }
    public String getDropPosition() { return dropPosition; }
    public void setDropPosition(String dropPosition) { this.dropPosition = dropPosition; }
}

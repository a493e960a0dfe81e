package org.samling.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.program.model.BlockKind;
import org.samling.program.service.ProgramEditing;
import org.samling.program.service.ProgramEdits;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** The programme editor's block form: add a block, or edit one (its sessions move with it), or remove one. */
@Named
@ViewScoped
public class BlockForm implements Serializable {

    @Inject
    ProgramEditorView page;
    @Inject
    ProgramEditing programEditing;
    @Inject
    CurrentUser currentUser;

    private String blockDay;
    private String blockStarts;
    private String blockEnds;
    private String blockKind = BlockKind.PARALLEL.name();
    private String blockTitle;
    private Long editingBlock;

    /** Adds a block, or saves the one being edited; a new block's form starts where the last one ended. */
    public void addBlock() {
        boolean editing = editingBlock != null;
        if (page.addOrSave("blocks", editingBlock, "block", () -> {
            Violations v = new Violations();
            LocalDate day = FormFields.date(v, "blockDay", blockDay);
            LocalTime starts = FormFields.time(v, "blockStarts", blockStarts);
            LocalTime ends = FormFields.time(v, "blockEnds", blockEnds);
            v.throwIfAny();
            return new ProgramEdits.BlockEdit(day, starts, ends,
                    blockKind == null || blockKind.isBlank() ? null : BlockKind.valueOf(blockKind), blockTitle);
        }, e -> programEditing.addBlock(currentUser.actor(), page.acronym(), e),
                (id, e) -> programEditing.changeBlock(currentUser.actor(), page.acronym(), id, e))) {
            blockStarts = editing ? null : blockEnds;
            blockEnds = null;
            blockTitle = null;
            editingBlock = null;
        }
    }

    public void editBlock(long id) {
        page.getEditor().draft().block(id).ifPresent(b -> {
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
        page.change("blocks", () -> programEditing.removeBlock(currentUser.actor(), page.acronym(), id), "program.removed");
    }

    public BlockKind[] getKinds() { return BlockKind.values(); }

    public Long getEditingBlock() { return editingBlock; }
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
}

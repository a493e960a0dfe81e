package org.samling.web.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedAbstract;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.Params;

import java.io.IOException;
import java.util.Locale;

/**
 * One presentation of the published programme at /c/{acronym}/program/{item}: when and where,
 * its session, and for a submission its abstract, keywords, authors and affiliations (published is
 * no longer blind). 404 for an item the latest release does not hold.
 */
@Named
@RequestScoped
public class PresentationView {

    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String id;
    private PublishedProgram program;
    private ProgramSnapshot.SessionView session;
    private ProgramSnapshot.ItemView item;
    private ProgramSnapshot.BlockView block;
    private ProgramSnapshot.RoomView room;
    private PublishedAbstract text;
    private String when;

    public void load() throws IOException {
        Language reader = localeBean.getLanguage();
        Long itemId = Params.number(id);
        program = itemId == null ? null : publishedPrograms.published(acronym, reader).orElse(null);
        session = program == null ? null : program.snapshot().sessionOfItem(itemId).orElse(null);
        if (session == null) {
            Pages.notFound();
            return;
        }
        item = session.items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
        block = program.snapshot().block(session.blockId()).orElseThrow();
        room = program.snapshot().room(session.roomId()).orElse(null);
        text = item.submissionId() == null ? null : publishedPrograms.abstractOf(program, item.submissionId()).orElse(null);
        var start = program.snapshot().startOf(session, item);
        when = Messages.day(reader, block.day()) + ", " + start + "\u2013" + start.plusMinutes(item.minutes());
    }

    /** The abstract's language for the lang attribute (none for another language). */
    public String getLang() {
        return text == null || text.language() == null || text.language().equals("OTHER")
                ? null
                : text.language().toLowerCase(Locale.ROOT);
    }

    public String getSpeakers() { return String.join(", ", item.speakers()); }

    public String getKeywords() { return text == null ? "" : String.join(", ", text.keywords()); }

    public boolean isTentative() { return ProgramSnapshot.tentative(session, item); }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getId() { return id; }

    public void setId(String id) { this.id = id; }

    public PublishedProgram getProgram() { return program; }

    public ProgramSnapshot.SessionView getSession() { return session; }

    public ProgramSnapshot.ItemView getItem() { return item; }

    public ProgramSnapshot.BlockView getBlock() { return block; }

    public ProgramSnapshot.RoomView getRoom() { return room; }

    public PublishedAbstract getText() { return text; }

    public String getWhen() { return when; }
}

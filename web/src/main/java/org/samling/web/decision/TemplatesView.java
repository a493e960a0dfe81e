package org.samling.web.decision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.decision.service.DecisionTemplates;
import org.samling.i18n.Language;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A chair words the decision mails per outcome and language; the bundle's text is the start. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    @Inject
    DecisionTemplates templates;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    /** One template as the form holds it. */
    public static class Row implements Serializable {

        private final String kind;
        private final Language language;
        private String subject;
        private String body;
        private final boolean own;

        Row(DecisionTemplates.Edit e) {
            this.kind = e.kind();
            this.language = e.language();
            this.subject = e.subject();
            this.body = e.body();
            this.own = e.own();
        }

        public String getKind() { return kind; }

        public Language getLanguage() { return language; }

        public String getSubject() { return subject; }

        public void setSubject(String subject) { this.subject = subject; }

        public String getBody() { return body; }

        public void setBody(String body) { this.body = body; }

        public boolean isOwn() { return own; }
    }

    private String acronym;
    private final List<Row> rows = new ArrayList<>();

    public void load() throws IOException {
        Pages.guard(this::read);
    }

    private void read() {
        rows.clear();
        templates.edits(currentUser.actor(), acronym, localeBean.getLanguage()).forEach(e -> rows.add(new Row(e)));
    }

    public void save() {
        try {
            templates.save(currentUser.actor(), acronym, rows.stream().map(r -> new DecisionTemplates.Edit(r.kind, r.language,
                    r.subject, r.body, r.own)).toList(), localeBean.getLanguage());
            read();
            FacesMessages.info("templates.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "templates");
        }
    }

    public List<Row> getRows() { return rows; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }
}

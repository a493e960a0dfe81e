package org.samling.decision.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decisions;
import org.samling.decision.model.NotificationTemplate;
import org.samling.decision.model.TemplateText;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Actor;
import org.samling.shared.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wording of the decision mails: a conference's own per outcome and language if its chair
 * wrote one, else the bundle's. Placeholders are named ({@link TemplateText}); a template that
 * cannot be read is refused at its field, and the one before is kept.
 */
@Stateless
public class DecisionTemplates {

    public static final List<String> KINDS = List.of("decisionAccept", "decisionReject", "decisionWaitlist");

    @Inject
    Decisions decisions;
    @Inject
    ConferenceService conferences;

    /** One template as the chair edits it; {@code own} says whether it is the conference's own. */
    public record Edit(String kind, Language language, String subject, String body, boolean own) {
    }

    public List<Edit> edits(Actor actor, String acronym, Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        Map<String, NotificationTemplate> own = own(conferenceId);
        List<Edit> out = new ArrayList<>();
        for (String kind : KINDS) {
            for (Language l : Language.all()) {
                NotificationTemplate t = own.get(kind + l.name());
                out.add(t == null
                        ? new Edit(kind, l, Messages.get(l, "mail." + kind + ".subject"),
                                Messages.get(l, "mail." + kind + ".body"), false)
                        : new Edit(kind, l, t.getSubject(), t.getBody(), true));
            }
        }
        return out;
    }

    /** Saves the edited templates; one equal to the bundle's text (or left empty) goes back to the bundle's. */
    public void save(Actor actor, String acronym, List<Edit> edits, Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        Violations v = new Violations();
        for (Edit e : edits) {
            String subject = e.subject() == null ? "" : e.subject();
            String body = e.body() == null ? "" : e.body();
            TemplateText.unreadable(subject).or(() -> TemplateText.unreadable(body))
                    .ifPresent(stray -> v.add("templates", "template.unreadable",
                            Messages.get(reader, "decision.outcome." + outcome(e.kind())), e.language().nativeName(), stray,
                            TemplateText.NAMES.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "))));
            if (e.subject() != null && e.subject().length() > 500) {
                v.add("templates", "field.tooLong", 500);
            }
            if (e.body() != null && e.body().length() > 10000) {
                v.add("templates", "field.tooLong", 10000);
            }
        }
        v.throwIfAny();
        Map<String, NotificationTemplate> own = own(conferenceId);
        for (Edit e : edits) {
            String subject = e.subject() == null ? "" : e.subject().strip();
            String body = e.body() == null ? "" : e.body().strip();
            boolean standard = subject.isEmpty() || body.isEmpty()
                    || (subject.equals(Messages.get(e.language(), "mail." + e.kind() + ".subject").strip())
                            && body.equals(Messages.get(e.language(), "mail." + e.kind() + ".body").strip()));
            NotificationTemplate t = own.get(e.kind() + e.language().name());
            if (standard) {
                if (t != null) {
                    decisions.remove(t);
                }
            } else if (t == null) {
                decisions.add(new NotificationTemplate(conferenceId, e.kind(), e.language(), subject, body));
            } else {
                t.write(subject, body);
            }
        }
    }

    /** The subject and body of one mail, filled in. */
    public String[] fill(Long conferenceId, String kind, Language l, Map<String, String> values) {
        NotificationTemplate t = own(conferenceId).get(kind + l.name());
        String subject = t == null ? Messages.get(l, "mail." + kind + ".subject") : t.getSubject();
        String body = t == null ? Messages.get(l, "mail." + kind + ".body") : t.getBody();
        return new String[]{TemplateText.fill(subject, values), TemplateText.fill(body, values)};
    }

    private Map<String, NotificationTemplate> own(Long conferenceId) {
        return decisions.templatesOf(conferenceId).stream()
                .collect(Collectors.toMap(t -> t.getKind() + t.getLanguage().name(), t -> t));
    }

    private static String outcome(String kind) {
        return switch (kind) {
            case "decisionAccept" -> "ACCEPT";
            case "decisionReject" -> "REJECT";
            default -> "WAITLIST";
        };
    }
}

package org.samling.registration.service;

import org.samling.i18n.Language;
import org.samling.identity.service.EmailRules;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedProgram;
import org.samling.registration.model.Allocation;
import org.samling.registration.model.RegistrationSettings;
import org.samling.shared.Violations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;

/** The checks of what a participant typed, each failure named by its field. */
final class RegistrationInput {

    private static final int MAX_ANSWER = 500;

    private RegistrationInput() {
    }

    static String name(Violations v, String value) {
        if (value == null || value.isBlank()) {
            v.add("name", "field.required");
            return null;
        }
        if (value.strip().length() > 200) {
            v.add("name", "field.tooLong", 200);
        }
        return value.strip();
    }

    /** The address, lower case; the confirmation goes there, so it must be one. */
    static String email(Violations v, String value) {
        String email = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            v.add("email", "field.required");
        } else if (!EmailRules.isValid(email)) {
            v.add("email", "registration.emailInvalid");
        }
        return email;
    }

    static String organisation(Violations v, String value) {
        String organisation = value == null || value.isBlank() ? null : value.strip();
        if (organisation != null && organisation.length() > 300) {
            v.add("organisation", "field.tooLong", 300);
        }
        return organisation;
    }

    /** The answers to the chairs' questions, one line each in the questions' order. */
    static String answers(Violations v, RegistrationSettings s, List<String> answers) {
        List<String> questions = s.questionList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String a = answers == null || i >= answers.size() || answers.get(i) == null
                    ? ""
                    : answers.get(i).strip().replace('\n', ' ');
            if (a.length() > MAX_ANSWER) {
                v.add("answer" + i, "registration.answerTooLong", questions.get(i), MAX_ANSWER);
            }
            out.add(a);
        }
        return String.join("\n", out);
    }

    /** The picks of the asked parallel blocks: one session each (ranked: one to three, all different). */
    static Map<Long, List<Long>> picks(Violations v, PublishedProgram p, RegistrationSettings s, Map<Long, List<Long>> in,
            LongPredicate asked, Language reader) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (p == null) {
            return out;
        }
        int max = s.getAllocation() == Allocation.AFTER_DEADLINE ? 3 : 1;
        for (ProgramSnapshot.BlockView b : PublishedBlocks.parallel(p)) {
            if (!asked.test(b.id())) {
                continue;
            }
            List<Long> chosen = in == null
                    ? List.of()
                    : in.getOrDefault(b.id(), List.of()).stream().filter(Objects::nonNull).toList();
            String field = "pick" + b.id();
            String label = PublishedBlocks.label(p, b, 0, reader);
            if (chosen.isEmpty()) {
                v.add(field, "registration.pickRequired", label);
            } else if (chosen.size() > max || chosen.stream().distinct().count() != chosen.size()) {
                v.add(field, "registration.pickTwice", label);
            } else if (chosen.stream().anyMatch(id -> p.snapshot().sessionsOf(b.id()).stream().noneMatch(x -> x.id() == id))) {
                v.add(field, "registration.pickUnknown", label);
            } else {
                out.put(b.id(), chosen);
            }
        }
        return out;
    }
}

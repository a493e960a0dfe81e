package org.samling.identity.service;

import org.samling.i18n.Language;

/** The editable part of a profile. */
public record ProfileForm(String name, String affiliation, String country, Language language) {
}

package org.samling.submission.model;

/** The language an abstract is written in. */
public enum AbstractLanguage {
    DA, SV, NB, EN, OTHER
}

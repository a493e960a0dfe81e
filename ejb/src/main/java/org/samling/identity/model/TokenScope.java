package org.samling.identity.model;

/** What a personal API token may do: read only, or read and write, as its owner may. */
public enum TokenScope {

    READ, READ_WRITE;

    public boolean writes() {
        return this == READ_WRITE;
    }
}

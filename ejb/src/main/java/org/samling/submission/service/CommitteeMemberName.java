package org.samling.submission.service;

import java.io.Serializable;

/** A committee member as authors see them when naming conflicts: a name, nothing more; and whether named. */
public record CommitteeMemberName(Long accountId, String name, boolean named) implements Serializable {
}

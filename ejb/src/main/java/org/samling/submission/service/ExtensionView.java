package org.samling.submission.service;

import java.time.Instant;

/** One logged grant of an individual extension: until when, why, by whom, when. */
public record ExtensionView(Instant until, String reason, String grantedBy, Instant grantedAt) {
}

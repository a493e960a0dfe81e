package org.samling.program.model;

import java.util.Map;

/**
 * How many people a conference's sessions expect (registration implements it: seats taken plus
 * the waiting list), for the clash "room smaller than the expected audience". An interface here so
 * that the programme does not depend on registration.
 */
public interface ExpectedAudience {

    Map<Long, Integer> of(Long conferenceId);
}

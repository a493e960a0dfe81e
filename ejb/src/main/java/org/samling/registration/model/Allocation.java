package org.samling.registration.model;

/** How seats are given: at once in the order people register, or by the allocation after registration closes. */
public enum Allocation {
    FIRST_COME, AFTER_DEADLINE
}

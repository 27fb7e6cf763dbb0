package org.leadline.model;

/** Whether a lead's value normalised to a canonical selector. */
public enum LeadStatus {
    VERIFIED, UNVERIFIED
}

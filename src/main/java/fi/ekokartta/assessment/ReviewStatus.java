package fi.ekokartta.assessment;

/** Where a response is in the coordinators' review. */
public enum ReviewStatus {
    PENDING, APPLIED, REJECTED
}

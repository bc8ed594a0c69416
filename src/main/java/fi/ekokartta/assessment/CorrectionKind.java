package fi.ekokartta.assessment;

/** A change an actor proposes in its self-assessment. */
public enum CorrectionKind {
    /** A role assignment no longer holds (target: the assignment). */
    REMOVE_ASSIGNMENT,
    /** A free-text correction to a role assignment, for the coordinator to read (target: the assignment). */
    ASSIGNMENT_NOTE,
    /** A relationship has ended (target: the relationship). */
    END_RELATIONSHIP,
    /** A new relationship from the actor to another actor. */
    NEW_RELATIONSHIP,
    /** A contact's details corrected (target: the contact). */
    CORRECT_CONTACT,
    /** A contact to remove (target: the contact). */
    REMOVE_CONTACT
}

package fi.ekokartta.offering;

/** What a user may do to a service in the editor, as the editing service decides it. */
public enum OfferingAction {
    EDIT, SUBMIT_FOR_REVIEW, PUBLISH, ARCHIVE, RESTORE, ASSIGN_RESPONSIBILITY
}

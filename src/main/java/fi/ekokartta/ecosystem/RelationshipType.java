package fi.ekokartta.ecosystem;

/** The kinds of directed links between actors (rajapinnat). */
public enum RelationshipType {
    REFERS_CLIENTS_TO, PARTNERS_WITH, FUNDS, COORDINATES, PART_OF
}

package fi.ekokartta.stewardship;

/** The two kinds of entries that have an update responsible: services and actors. */
public enum EntryKind {
    SERVICE, ACTOR;

    /** The public page of an entry of this kind, relative to the application's root. */
    public String pagePath() {
        return this == SERVICE ? "palvelu/" : "toimija/";
    }

    /** The editor of an entry of this kind, relative to the application's root. */
    public String editorPath() {
        return "hallinta/" + pagePath();
    }
}

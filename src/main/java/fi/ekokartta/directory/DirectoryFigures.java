package fi.ekokartta.directory;

/** The directory in figures, as the public sees it: published services and actors. */
public record DirectoryFigures(long publishedServices, long actors) {
}

package fi.ekokartta.exchange.imports;

/**
 * How much one import may hold, so that a huge or hostile upload is refused with a message
 * rather than filling the memory: bytes per file, files, objects and JSON nesting depth.
 */
public record ImportLimits(long maxFileBytes, int maxFiles, int maxObjects, int maxDepth) {

    /** Generous for an employment area's whole directory (a few thousand services), far below harm. */
    public static final ImportLimits DEFAULT = new ImportLimits(32L * 1024 * 1024, 500, 100_000, 40);
}

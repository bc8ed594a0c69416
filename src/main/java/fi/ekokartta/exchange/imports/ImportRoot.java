package fi.ekokartta.exchange.imports;

/** An object at the top of an imported file, with its file's kind and, for a translation file, its language. */
record ImportRoot(HsdsKind kind, ImportEntry entry, String language) {
}

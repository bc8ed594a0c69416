package fi.ekokartta.exchange.opendata;

import java.util.List;
import java.util.stream.Stream;

/**
 * The languages of the open-data documents and the names of the files: a JSON document and a CSV
 * package per language, the language last in the name ({@code ekokartta-hsds-sv.json},
 * {@code ekokartta-hsds-csv-sv.zip}), so that a harvester lists them as resources of one dataset
 * told apart by language.
 */
final class OpenDataFileNames {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    /**
     * The Finnish CSV package's name from before there was one per language: still served, as links
     * to it are out there, but not listed.
     */
    static final String FINNISH_CSV_ZIP_BEFORE = "ekokartta-hsds-csv.zip";

    private OpenDataFileNames() {
    }

    static String json(String language) {
        return "ekokartta-hsds-" + language + ".json";
    }

    static String csvZip(String language) {
        return "ekokartta-hsds-csv-" + language + ".zip";
    }

    static List<String> all() {
        return Stream.concat(LANGUAGES.stream().map(OpenDataFileNames::json), LANGUAGES.stream().map(OpenDataFileNames::csvZip))
                .toList();
    }
}

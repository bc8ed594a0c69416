package fi.ekokartta.exchange.opendata;

import java.util.List;
import java.util.stream.Stream;

/** The languages of the open-data documents and the names of the files. */
final class OpenDataFileNames {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final String CSV_ZIP = "ekokartta-hsds-csv.zip";

    private OpenDataFileNames() {
    }

    static String json(String language) {
        return "ekokartta-hsds-" + language + ".json";
    }

    static List<String> all() {
        return Stream.concat(LANGUAGES.stream().map(OpenDataFileNames::json), Stream.of(CSV_ZIP)).toList();
    }
}

package fi.ekokartta.search;

import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * What a result card shows, stored with each service's index document in each language, so that
 * a search page is answered from the index alone, without loading services from the database.
 */
record IndexedCard(String name, boolean translated, String provider, String summary, String description,
                   String howToGetThere, String access, List<String> municipalities) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static IndexedCard fromJson(String json) {
        return JSON.readValue(json, IndexedCard.class);
    }
}

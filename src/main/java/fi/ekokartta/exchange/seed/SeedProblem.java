package fi.ekokartta.exchange.seed;

/**
 * One thing wrong in a seed dataset, precise enough to fix it: the file, the entry (position, id
 * and name where known), the field and what is wrong.
 */
public record SeedProblem(String file, String entry, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (entry != null) {
            text.append(", ").append(entry);
        }
        if (field != null) {
            text.append(", field '").append(field).append('\'');
        }
        return text.append(": ").append(message).toString();
    }
}

package fi.ekokartta.search;

import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence of a service's summary or description that best shows why it matched, with the
 * query's words marked. A word matches a text word that starts with its stem (its first letters,
 * so "velkojen" marks "velkaneuvonta" no more than the index would, but "kotoutumis" marks
 * "kotoutumiskoulutus"). Cheaper than re-running the whole query on each hit's text.
 */
final class Snippets {

    private static final int STEM_LENGTH = 5;
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+");

    private Snippets() {
    }

    /** HTML-escaped text with &lt;mark&gt; around matching words, or null when nothing matches. */
    static String of(List<String> words, String... texts) {
        List<String> stems = words.stream().map(Folding::fold)
                .map(word -> word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word)
                .filter(stem -> stem.length() >= 2).toList();
        if (stems.isEmpty()) {
            return null;
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String folded = Folding.fold(text);
            if (stems.stream().noneMatch(folded::contains)) {
                continue;
            }
            Matcher sentences = SENTENCE.matcher(text);
            while (sentences.find()) {
                String marked = mark(sentences.group().strip(), stems);
                if (marked != null) {
                    return marked;
                }
            }
        }
        return null;
    }

    private static String mark(String sentence, List<String> stems) {
        StringBuilder html = new StringBuilder();
        boolean any = false;
        Matcher words = TOKEN.matcher(sentence);
        while (words.find()) {
            String token = words.group();
            String folded = Folding.fold(token);
            boolean hit = Character.isLetterOrDigit(token.charAt(0)) && stems.stream().anyMatch(folded::startsWith);
            any |= hit;
            html.append(hit ? "<mark>" + HtmlUtils.htmlEscape(token) + "</mark>" : HtmlUtils.htmlEscape(token));
        }
        return any ? html.toString() : null;
    }
}

package fi.ekokartta.search;

import org.apache.lucene.analysis.fi.FinnishLightStemmer;

/**
 * The start that the inflected and derived forms of a word share, for matching a query word as
 * the start of longer words at a low weight: the word folded, stemmed, and cut before the last
 * two letters of its stem, where Finnish changes the stem (velka, velat, velkojen: "velk";
 * nuori, nuoret, nuorille: "nuor"; asunto, asunnon: "asun"; vaihto, vaihtaminen: "vaiht";
 * koulutus, koulutukseen: "koulut"). It reaches compounds that begin with the word too
 * (velkaneuvonta). Never shorter than {@value #MIN_LENGTH} letters.
 */
final class StemPrefix {

    static final int MIN_LENGTH = 4;
    private static final int CUT = 2;

    private StemPrefix() {
    }

    /** The shared start of the word's forms, or null when the word is too short to have one. */
    static String of(String word) {
        String folded = Folding.fold(word);
        if (folded.length() < MIN_LENGTH || !folded.chars().allMatch(Character::isLetter)) {
            return null;
        }
        char[] letters = folded.toCharArray();
        int length = new FinnishLightStemmer().stem(letters, letters.length);
        int cut = Math.max(MIN_LENGTH, length - CUT);
        return cut > length ? null : new String(letters, 0, cut);
    }
}

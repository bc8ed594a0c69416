package fi.ekokartta.actor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Y-tunnus, the Finnish Business ID: seven digits, a hyphen and a check digit. The check digit is
 * computed with the weights 7, 9, 10, 5, 8, 4, 2 modulo 11; a remainder of 1 is never issued.
 * Old IDs with six digits are written with a leading zero.
 */
public final class BusinessId {

    private static final Pattern FORMAT = Pattern.compile("(\\d{6,7})-(\\d)");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {
    }

    /** The canonical form (1234567-8) of a valid Business ID, or empty if it is not one. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1).length() == 6 ? "0" + matcher.group(1) : matcher.group(1);
        int check = matcher.group(2).charAt(0) - '0';
        return checkDigit(digits).filter(expected -> expected == check).map(expected -> digits + "-" + check);
    }

    public static boolean isValid(String text) {
        return normalize(text).isPresent();
    }

    /** The check digit for seven digits, or empty when the digits can never form a Business ID. */
    static Optional<Integer> checkDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return Optional.empty();
        }
        return Optional.of(remainder == 0 ? 0 : 11 - remainder);
    }
}

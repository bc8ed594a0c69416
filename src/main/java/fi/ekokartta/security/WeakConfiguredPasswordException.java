package fi.ekokartta.security;

/** A configured password breaks the {@link PasswordPolicy}; the start stops with this. */
class WeakConfiguredPasswordException extends IllegalStateException {

    private final String variable;

    WeakConfiguredPasswordException(String property, String variable, PasswordPolicy.Problem problem) {
        super("The password set in " + property + " (" + variable + ") " + reason(problem) + ".");
        this.variable = variable;
    }

    String variable() {
        return variable;
    }

    private static String reason(PasswordPolicy.Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> "is shorter than " + PasswordPolicy.MIN_LENGTH + " characters";
            case COMMON -> "is on the list of commonly used passwords that are tried first";
            case SAME_AS_USERNAME -> "is the same as the username";
        };
    }
}

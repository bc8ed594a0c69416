package fi.ekokartta.assessment;

/** How a question is answered: on a scale of 1–5, or in free text. */
public enum QuestionKind {
    SCALE, TEXT
}

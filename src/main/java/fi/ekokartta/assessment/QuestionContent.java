package fi.ekokartta.assessment;

import fi.ekokartta.base.domain.LocalizedText;

/** A question as the coordinator writes it. */
public record QuestionContent(LocalizedText text, QuestionKind kind) {
}

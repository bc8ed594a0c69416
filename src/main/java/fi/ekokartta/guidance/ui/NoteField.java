package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.guidance.ShortlistContent;
import fi.ekokartta.guidance.ShortlistService;

import java.util.Objects;
import java.util.UUID;

/**
 * The counsellor's note on one service of the list, saved as she types: after a short pause and
 * when she leaves the field, so that a reload or a language switch finds it. A note over the
 * limit is not cut short: the field says why it was refused, and the last accepted note stays.
 */
class NoteField extends TextArea {

    /** Long enough not to save every keystroke, short enough that little is typed after the last save. */
    static final int TYPING_PAUSE_MS = 700;

    private final ShortlistService shortlists;
    private final UUID itemId;

    NoteField(ShortlistService shortlists, ShortlistContent.Entry entry, String serviceName) {
        this.shortlists = shortlists;
        this.itemId = entry.itemId();
        setLabel(getTranslation("shortlist.note", serviceName));
        setHelperText(getTranslation("shortlist.note.help"));
        setValue(Objects.requireNonNullElse(entry.note(), ""));
        setWidthFull();
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(TYPING_PAUSE_MS);
        // Leaving the field before the pause is over (e.g. for a language link) must not wait for it:
        // the browser's change event, sent on leaving, carries the value as well.
        getElement().addEventListener("change", event -> { }).synchronizeProperty("value");
        // Only the service knows whether a note can be stored; the field's own checks would clear its verdict.
        setManualValidation(true);
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save();
            }
        });
    }

    private void save() {
        try {
            shortlists.setNote(itemId, getValue());
            setInvalid(false);
        } catch (RejectedInputException rejected) {
            setErrorMessage(getTranslation(rejected.getMessageKey()));
            setInvalid(true);
        }
    }
}

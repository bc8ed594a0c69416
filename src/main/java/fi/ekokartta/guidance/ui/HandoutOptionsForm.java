package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.guidance.Handout;
import fi.ekokartta.guidance.HandoutOptions;
import fi.ekokartta.guidance.HandoutService;

import java.util.List;
import java.util.Objects;

/**
 * The share step's choices for the client's handout, stored as soon as they are made: the
 * client's language (the handout page and its PDF are written in it) and her municipality (only
 * its offices are shown).
 */
class HandoutOptionsForm extends Div {

    private final HandoutService handouts;
    private final Select<Language> language = new Select<>();
    private final Select<Handout.Place> municipality = new Select<>();

    HandoutOptionsForm(HandoutService handouts) {
        this.handouts = handouts;
        addClassName("handout-options");
        HandoutOptions current = handouts.options().orElse(new HandoutOptions(Language.DEFAULT, null));
        language.setLabel(getTranslation("handout.options.language"));
        language.setHelperText(getTranslation("handout.options.language.help"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(current.language());
        List<Handout.Place> places = handouts.municipalities();
        String all = getTranslation("handout.options.municipality.all");
        municipality.setLabel(getTranslation("handout.options.municipality"));
        municipality.setHelperText(getTranslation("handout.options.municipality.help"));
        municipality.setEmptySelectionAllowed(true);
        municipality.setEmptySelectionCaption(all);
        municipality.setItems(places);
        municipality.setItemLabelGenerator(place -> place == null ? all : place.name().get(getLocale()));
        municipality.setValue(places.stream().filter(place -> place.code().equals(current.municipalityCode()))
                .findFirst().orElse(null));
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save();
            }
        });
        municipality.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save();
            }
        });
        add(language, municipality);
    }

    private void save() {
        try {
            handouts.choose(Objects.requireNonNullElse(language.getValue(), Language.DEFAULT).code(),
                    municipality.getValue() == null ? null : municipality.getValue().code());
            municipality.setInvalid(false);
        } catch (RejectedInputException rejected) {
            municipality.setErrorMessage(getTranslation(rejected.getMessageKey()));
            municipality.setInvalid(true);
        }
    }
}

package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.editing.ActorChoices;
import fi.ekokartta.offering.OfferingContent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folded part of the service editor for what a maintainer looks up less often, mostly brought
 * by an import: interpretation, accreditations, the provider's program the service belongs to and
 * the service areas that are not municipalities. Folded for the common service that has none of
 * them; open when the service has some, or when the server names a field in it.
 */
class MoreTermsForm extends Div {

    private final Details details = new Details();
    private final LocalizedTextFields interpretation;
    private final LocalizedTextFields accreditations;
    private final Select<UUID> program = new Select<>();
    private final Paragraph noPrograms = new Paragraph();
    private final Map<UUID, LocalizedText> programNames = new LinkedHashMap<>();
    private final List<AreaForm> areas = new ArrayList<>();
    private final Div areaForms = new Div();
    private final Runnable changed;

    MoreTermsForm(Runnable changed) {
        this.changed = changed;
        addClassName("more-terms");
        details.setSummaryText(getTranslation("editor.more.title"));
        interpretation = LocalizedTextFields.line("interpretationServices", getTranslation("editor.more.interpretation"), false);
        interpretation.add(new Paragraph(getTranslation("editor.more.interpretation-help")));
        accreditations = LocalizedTextFields.line("accreditations", getTranslation("editor.more.accreditations"), false);
        program.setLabel(getTranslation("editor.more.program"));
        program.setEmptySelectionAllowed(true);
        program.setEmptySelectionCaption(getTranslation("editor.more.no-program"));
        program.setItemLabelGenerator(this::programName);
        program.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.run();
            }
        });
        noPrograms.setText(getTranslation("editor.more.no-programs"));
        interpretation.addChangeListener(changed);
        accreditations.addChangeListener(changed);
        Button add = new Button(getTranslation("editor.area.add"), click -> {
            addArea(null);
            changed.run();
        });
        details.add(interpretation, accreditations, program, noPrograms,
                new Paragraph(getTranslation("editor.area.help")), areaForms, add);
        add(details);
    }

    /** The programs of the service's provider to choose from; the choice goes back to none. */
    void setPrograms(List<ActorChoices.Choice> programs) {
        programNames.clear();
        programs.forEach(choice -> programNames.put(choice.id(), choice.name()));
        program.setItems(programNames.keySet());
        program.setEnabled(!programNames.isEmpty());
        noPrograms.setVisible(programNames.isEmpty());
    }

    void setValue(OfferingContent.MoreTerms terms) {
        interpretation.setValue(terms.interpretationServices());
        accreditations.setValue(terms.accreditations());
        if (terms.programId() != null && !programNames.containsKey(terms.programId())) {
            // Not the provider's (stored before the provider changed): shown, so that saving names it.
            programNames.put(terms.programId(), new LocalizedText());
            program.setItems(programNames.keySet());
            program.setEnabled(true);
        }
        program.setValue(terms.programId());
        areas.clear();
        areaForms.removeAll();
        terms.areas().forEach(this::addArea);
        details.setOpened(!terms.isEmpty());
    }

    OfferingContent.MoreTerms value() {
        return new OfferingContent.MoreTerms(interpretation.getValue(), accreditations.getValue(), program.getValue(),
                areas.stream().map(AreaForm::value).toList());
    }

    /** Where the server's errors go: "interpretationServices.fi", "program", "areas[0].uri" and so on. */
    Map<String, HasValidation> errorTargets() {
        Map<String, HasValidation> targets = new LinkedHashMap<>(interpretation.errorTargets());
        targets.putAll(accreditations.errorTargets());
        targets.put("program", program);
        for (int i = 0; i < areas.size(); i++) {
            targets.putAll(areas.get(i).errorTargets("areas[" + i + "]"));
        }
        return targets;
    }

    /** Opens the part when one of the wrong fields is in it, so that the user sees it marked. */
    void openFor(Collection<String> wrongFields) {
        Map<String, HasValidation> mine = errorTargets();
        if (wrongFields.stream().anyMatch(mine::containsKey)) {
            details.setOpened(true);
        }
    }

    /** The terms in a line, as the conflict dialog shows them. */
    String describe(OfferingContent.MoreTerms terms) {
        return Stream.concat(Stream.of(terms.interpretationServices().get(getLocale()),
                                terms.accreditations().get(getLocale()),
                                terms.programId() == null ? null : programName(terms.programId())),
                        terms.areas().stream().map(area -> Objects.requireNonNullElse(area.name().get(getLocale()), area.uri())))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("; "));
    }

    Details details() {
        return details;
    }

    private String programName(UUID id) {
        if (id == null) {
            return getTranslation("editor.more.no-program");
        }
        LocalizedText name = programNames.get(id);
        String shown = name == null ? null : name.get(getLocale());
        return shown == null ? id.toString() : shown;
    }

    private void addArea(OfferingContent.Area area) {
        AreaForm[] form = new AreaForm[1];
        form[0] = new AreaForm(area, changed, () -> {
            areas.remove(form[0]);
            areaForms.remove(form[0]);
            changed.run();
        });
        areas.add(form[0]);
        areaForms.add(form[0]);
    }
}

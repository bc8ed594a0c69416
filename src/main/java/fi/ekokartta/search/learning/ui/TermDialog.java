package fi.ekokartta.search.learning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.search.learning.SearchTermContent;
import fi.ekokartta.search.learning.SearchTermKind;
import fi.ekokartta.search.learning.SearchTerms;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A coordinator's dialog for a search term: a new one (row null, the term prefilled from a search
 * gap when given) or a change to one. Alternatives are typed separated by commas.
 */
class TermDialog extends Dialog {

    TermDialog(SearchTerms terms, SearchTerms.Row row, String gapQuery, Consumer<String> saved) {
        setHeaderTitle(getTranslation(row == null ? "search-terms.new" : "search-terms.edit"));
        Select<SearchTermKind> kind = new Select<>();
        kind.setLabel(getTranslation("search-terms.kind"));
        kind.setItems(SearchTermKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("search-terms.kind." + value.name()));
        kind.setHelperText(getTranslation("search-terms.kind.help"));
        kind.setValue(row == null ? SearchTermKind.SYNONYM : row.kind());
        TextField term = new TextField(getTranslation("search-terms.term"));
        term.setHelperText(getTranslation("search-terms.term.help"));
        term.setRequiredIndicatorVisible(true);
        TextField alternatives = new TextField(getTranslation("search-terms.alternatives"));
        alternatives.setHelperText(getTranslation("search-terms.alternatives.help"));
        alternatives.setRequiredIndicatorVisible(true);
        if (row != null) {
            term.setValue(row.term());
            alternatives.setValue(String.join(", ", row.alternatives()));
        } else if (gapQuery != null) {
            term.setValue(gapQuery);
        }
        FormErrors errors = new FormErrors();
        Div form = new Div(errors, kind, term, alternatives);
        form.addClassName("search-term-form");
        add(form);
        Button save = new Button(getTranslation("search-terms.save"), click -> {
            SearchTermContent content = new SearchTermContent(kind.getValue(), term.getValue(),
                    Arrays.asList(alternatives.getValue().split(",")));
            try {
                if (row == null) {
                    terms.create(content);
                } else {
                    terms.update(row.id(), row.version(), content);
                }
                close();
                saved.accept(content.term().strip());
            } catch (ValidationException invalid) {
                Map<String, HasValidation> fields = Map.of("kind", kind, "term", term, "alternatives", alternatives);
                errors.show(invalid.getFieldErrors(), fields, field -> field);
            } catch (ConflictException conflict) {
                errors.showMessage(getTranslation("search-terms.error.conflict"));
            } catch (RejectedInputException rejected) {
                errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
            } catch (AccessDeniedException denied) {
                errors.showMessage(getTranslation("search-terms.error.not-allowed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("search-terms.cancel"), click -> close()), save);
    }
}

package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** A search field and its button, leading to the search view with what was typed. */
class SearchBox extends Div {

    static final String SEARCH_ROUTE = "haku";

    private final TextField query = new TextField();

    SearchBox() {
        query.setLabel(getTranslation("front.search.label"));
        query.setPlaceholder(getTranslation("front.search.placeholder"));
        query.setClearButtonVisible(true);
        query.addClassName("search-field");
        query.addKeyPressListener(Key.ENTER, event -> search());
        Button submit = new Button(getTranslation("front.search.submit"), click -> search());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(query, submit);
        addClassName("search-box");
        getElement().setAttribute("role", "search");
    }

    private void search() {
        String text = query.getValue().strip();
        QueryParameters parameters = text.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", text);
        getUI().ifPresent(ui -> ui.navigate(SEARCH_ROUTE, parameters));
    }
}

package fi.ekokartta.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the page header that a feature provides as a Spring bean, such as the sign-in link or
 * the signed-in user's name. The header collects them in {@code @Order}, so the shell shows
 * them without importing the feature.
 */
public interface HeaderContribution {

    /** A new component for the current user and language; called once per page. */
    Component createComponent();
}

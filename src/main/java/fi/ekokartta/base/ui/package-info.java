/**
 * The application shell: the HTML page (stylesheets, title, viewport; rendered on the server at
 * first load, so that its HTTP status is the view's), the main layout with its header, language
 * links, navigation and main landmark. Features plug in through {@code @Menu}
 * on their views and {@link fi.ekokartta.base.ui.HeaderContribution} beans.
 */
package fi.ekokartta.base.ui;

/** The self-assessment's pages: the public form behind a signed link and the coordinators' management page. */
package fi.ekokartta.assessment.ui;

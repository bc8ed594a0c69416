package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.exchange.api.document.TaxonomyDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Every published document the API serves, in full form, for the open-data export
 * (exchange/opendata). It pages through the API's own exports, one transaction per page, so that
 * the open data and the API cannot disagree.
 */
@Service
public class PublishedDocuments {

    private final ServiceExport services;
    private final OrganizationExport organizations;
    private final TaxonomyExport taxonomies;

    PublishedDocuments(ServiceExport services, OrganizationExport organizations, TaxonomyExport taxonomies) {
        this.services = services;
        this.organizations = organizations;
        this.taxonomies = taxonomies;
    }

    /** @param language fi, sv or en */
    public List<ServiceDocument> services(String language) {
        ServiceFilter all = new ServiceFilter(null, null, Instant.EPOCH);
        return all(page -> services.services(all, page, language(language)));
    }

    /** Each organization as {@code /organizations/{id}} serves it, with its published services in compact form. */
    public List<OrganizationDocument> organizations(String language) {
        return all(page -> organizations.organizations(page, language(language))).stream()
                .map(organization -> organizations.organization(organization.id(), language(language)))
                .toList();
    }

    public List<TaxonomyDocument> taxonomies(String language) {
        return all(page -> taxonomies.taxonomies(page, language(language)));
    }

    public List<TaxonomyTermDocument> taxonomyTerms(String language) {
        return all(page -> taxonomies.terms(null, page, language(language)));
    }

    private static <T> List<T> all(Function<PageParameters, PageDocument<T>> pages) {
        List<T> all = new ArrayList<>();
        IntFunction<PageDocument<T>> page = number -> pages.apply(PageParameters.of(number, PageParameters.MAX_PER_PAGE));
        for (int number = 1; ; number++) {
            PageDocument<T> current = page.apply(number);
            all.addAll(current.contents());
            if (current.lastPage() || current.contents().isEmpty()) {
                return all;
            }
        }
    }

    private static ApiLanguage language(String code) {
        return ApiLanguage.valueOf(code.toUpperCase(Locale.ROOT));
    }
}

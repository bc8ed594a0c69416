package fi.ekokartta.exchange.tabular;

/**
 * What a written data package says about itself in {@code datapackage.json}.
 *
 * @param name    a lower-case identifier, e.g. {@code ekokartta-hsds}
 * @param created the moment of writing, ISO 8601
 * @param licence  the licence's name, e.g. {@code CC-BY-4.0}
 * @param language the language of the texts (fi, sv, en), or null when the package does not say
 */
public record PackageInfo(String name, String title, String created, String licence, String language) {

    public PackageInfo(String name, String title, String created, String licence) {
        this(name, title, created, licence, null);
    }
}

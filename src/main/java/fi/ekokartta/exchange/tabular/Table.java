package fi.ekokartta.exchange.tabular;

import java.util.List;
import java.util.Optional;

/**
 * One HSDS object type and its CSV file.
 *
 * @param name       the schema's name (service, phone, ...)
 * @param fileName   the official file name (services.csv, phones.csv, ...)
 * @param order      the order of the file in the official data package
 * @param properties every property name in the schema's order, columns and nested alike
 */
public record Table(String name, String fileName, int order, List<String> properties, List<Column> columns,
                    List<Nested> nested) {

    public Optional<Column> column(String property) {
        return columns.stream().filter(column -> column.name().equals(property)).findFirst();
    }

    public Optional<Nested> nested(String property) {
        return nested.stream().filter(relation -> relation.property().equals(property)).findFirst();
    }

    public boolean hasColumn(String name) {
        return column(name).isPresent();
    }

    /** The data package's resource name: the file's name without .csv. */
    public String resourceName() {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }
}

package fi.ekokartta.exchange.tabular;

/**
 * A {@code $ref} property: objects of another table nested in a compiled document, and how the
 * tables link them.
 *
 * @param property   the property's name in the compiled document (phones, organization, ...)
 * @param table      the nested object's table
 * @param many       an array of objects, linked by a column of the child's table pointing to the
 *                   parent; otherwise a single object, linked by a column of the parent's table
 * @param linkColumn for many, the child's column holding the parent's id ({@code service_id},
 *                   {@code link_id}, {@code resource_id}); for one, the parent's column holding
 *                   the child's id ({@code organization_id}, {@code taxonomy_id})
 * @param typeColumn for many, the child's column naming the parent's table ({@code link_entity},
 *                   {@code resource_type}), filled in when flattening; nesting goes by the id
 *                   alone, as HSDS ids are unique across tables
 * @param rootOnly   a relation only the compiled schemas have (an organization's services, a
 *                   service at location's service): nested only at the top of a document, as in
 *                   the official compiled examples, never inside another object
 */
public record Nested(String property, String table, boolean many, String linkColumn, String typeColumn,
                     boolean rootOnly) {
}

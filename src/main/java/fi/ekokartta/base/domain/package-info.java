/**
 * Building blocks shared by every feature's entities: identity with optimistic locking,
 * localized texts (fi/sv/en) and contact details.
 */
package fi.ekokartta.base.domain;

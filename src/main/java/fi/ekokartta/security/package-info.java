/**
 * Users, their roles (ADMIN, COORDINATOR, MAINTAINER, COUNSELLOR) and organizations, sign-in, and
 * which views anonymous visitors may reach.
 */
package fi.ekokartta.security;

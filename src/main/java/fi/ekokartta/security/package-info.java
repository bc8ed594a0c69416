/**
 * Users, their roles (ADMIN, COORDINATOR, MAINTAINER, COUNSELLOR) and organizations, sign-in
 * (with its throttle after repeated failures), the password policy, one-time password links,
 * user administration, the security audit log, and which views anonymous visitors may reach.
 */
package fi.ekokartta.security;

/**
 * The ecosystem's structure: roles and who holds them for which client groups, and the
 * relationships (refers clients, partners, funds, coordinates, is part of) between actors.
 */
package fi.ekokartta.ecosystem;

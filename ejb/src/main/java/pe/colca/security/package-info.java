/**
 * Security: back-office users (bcrypt password hashes, status, soft delete), roles and the permissions
 * they grant (permission slugs are the security roles checked with {@code @RolesAllowed}), the caller
 * of the current request, API tokens, and the audit log of every business change.
 */
package pe.colca.security;

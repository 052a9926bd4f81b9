/**
 * Console screens of the security area: users ({@code backoffice/security/users.xhtml}), roles
 * ({@code roles.xhtml}), one's own password ({@code password.xhtml}) and the filter that keeps a
 * user with a one-time password on that page until he has chosen his own; the audit trail
 * (Seguridad → Auditoría).
 */
package pe.colca.web.security;

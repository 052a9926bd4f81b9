/** Console screens of the security area: Seguridad → Auditoría. */
package pe.colca.web.security;

/** Console screens of the settings area: Configuración → Parámetros. */
package pe.colca.web.settings;

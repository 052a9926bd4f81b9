/** Console screens of the reporting area: the home page's live figures. */
package pe.colca.web.reporting;

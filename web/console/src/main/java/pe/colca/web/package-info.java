/**
 * The browser console (JSF + PrimeFaces, FORM login, context root {@code /}): pieces every screen
 * shares — the session's language ({@link pe.colca.web.LocaleBean}), formats for soles and Lima
 * time ({@link pe.colca.web.Formats}), turning refusals of the services into messages
 * ({@link pe.colca.web.FacesErrors}), the side menu and the filter that hands the client's IP and
 * language to the domain. Screens live in one sub-package per business area; beans call the area's
 * service and never the EntityManager.
 */
package pe.colca.web;

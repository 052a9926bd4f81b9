/**
 * The REST API for integrators ({@code /api/v1}): the JAX-RS application, problem+json error
 * mapping for every exception, paging, ETag/If-Match helpers, and the filter that tells the services
 * the client's IP address and language. Resources live in one sub-package per area
 * ({@code pe.colca.api.inventory}, {@code pe.colca.api.security}) and call one service method each.
 */
package pe.colca.api;

/**
 * Small pieces shared by every area: business exceptions (named as facts, mapped to problem+json
 * by the API and to messages by the console), paging, soft delete, validation helpers, texts.
 */
package pe.colca.common;

/**
 * Catalog media: product images (upload checked by content, order, exactly one primary), brand
 * logos, category images and a variant's main image; files are content-addressed (SHA-256) under
 * {@code COLCA_MEDIA_DIR} ({@link pe.colca.catalog.media.MediaFiles}).
 */
package pe.colca.catalog.media;

/**
 * Settings: typed system parameters (IGV rate, whether prices include IGV, SUNAT endpoints, ...) kept in
 * {@code system_settings}; values marked encrypted are stored as ciphertext.
 */
package pe.colca.settings;

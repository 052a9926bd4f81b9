/**
 * Demo data: the users, locations and small catalog that {@code bin/colca-run} and the test
 * command load once into an empty database ({@code COLCA_DEMO_DATA=true}). It belongs to no
 * business area — it seeds all of them, so it is the one package allowed to write every area's
 * tables — and no area depends on it. Production servers never set the flag.
 */
package pe.colca.demo;

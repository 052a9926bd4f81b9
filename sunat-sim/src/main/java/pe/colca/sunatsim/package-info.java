/**
 * The SUNAT simulator: a separate WAR ({@code /sunat-sim}) that answers SUNAT's billService contract
 * ({@code sendBill}, {@code sendSummary}, {@code getStatus}; SOAP 1.1 document/literal, WS-Security
 * UsernameToken) with SUNAT's checks in SUNAT's order and real, signed CDR zips, plus fault injection at
 * run time. Development and tests only: it refuses to start unless {@code COLCA_ENV=development}
 * ({@link pe.colca.sunatsim.web.SimulatorGuard}) and is never part of {@code colca.ear}.
 *
 * <p>{@link pe.colca.sunatsim.BillOffice} holds the rules and is plain Java (unit-tested without a
 * server); {@code ws} adapts it to JAX-WS, {@code web} holds the guard, the fault-injection filter and the
 * admin endpoint. What was received is kept in memory: a restart forgets it. docs/sunat-simulator.md
 */
package pe.colca.sunatsim;

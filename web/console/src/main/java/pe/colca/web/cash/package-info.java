/**
 * Console screens of the cash sessions (Caja): the cashier's register (open, pay-in/out, X report, blind
 * close with the count by denomination), the sessions list and a session's detail, the managers' approval
 * list, and the 80 mm printable X/Z report. Every read and write goes through
 * {@link pe.colca.payment.CashSessionService}.
 */
package pe.colca.web.cash;

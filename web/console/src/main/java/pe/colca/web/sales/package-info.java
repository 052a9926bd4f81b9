/** Console screens of the sales area: the orders list with the approval queue, and one order. */
package pe.colca.web.sales;

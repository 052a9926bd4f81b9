/** Console screens of the customer area: the customer list and the customer page with its tabs. */
package pe.colca.web.customer;

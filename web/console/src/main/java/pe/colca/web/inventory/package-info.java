/** Console screens of the inventory area: locations (the pattern screen of the console). */
package pe.colca.web.inventory;

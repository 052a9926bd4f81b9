/**
 * Promotions: percentage, fixed-amount, buy-X-get-Y and free-shipping promotions with a validity window,
 * a priority and free-form conditions; the coupons that unlock them; and the record of what each order
 * got ({@code order_promotions}). Orders are referenced by id.
 */
package pe.colca.promotion;

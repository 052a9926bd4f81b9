/**
 * The customer area's batch jobs: {@code customer-loyalty-expiry} (EXPIRE movements for points older
 * than {@code loyalty.points.expiry_days}, daily). The artifacts only read and delegate to
 * {@link pe.colca.customer.LoyaltyExpiry}.
 */
package pe.colca.batch.customer;

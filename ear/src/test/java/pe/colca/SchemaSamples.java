package pe.colca;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link SchemaIT} expects beyond the data model: a sample of the CHECK constraints of every
 * area (a bad status, a negative or zero amount in the area's main tables) and the reference data
 * of {@code V2__reference_data.sql} as its comments describe it (permission catalogue, role grants,
 * order status machine), written out here independently of the SQL.
 *
 * <p>Each sample row is valid except in the one column under test. Foreign keys point nowhere
 * ({@code -1}) on purpose: PostgreSQL evaluates CHECK constraints before foreign keys and unique
 * indexes, so the row fails on the named CHECK and nothing else.
 */
final class SchemaSamples {

    private SchemaSamples() {
    }

    /** A statement the named CHECK constraint must refuse (SQLSTATE 23514). */
    record CheckSample(String area, String constraint, String sql) {
    }

    static final List<CheckSample> CHECKS = List.of(
            new CheckSample("catalog", "ck_products_status",
                    "INSERT INTO products (id, name, slug, base_price, status) VALUES (-1, 'x', 'x', 10, 'ARCHIVED')"),
            new CheckSample("catalog", "ck_products_base_price",
                    "INSERT INTO products (id, name, slug, base_price, status) VALUES (-1, 'x', 'x', -0.01, 'ACTIVE')"),
            new CheckSample("catalog", "ck_product_variants_price_override",
                    "INSERT INTO product_variants (id, product_id, sku, price_override) VALUES (-1, -1, 'x', -1)"),
            new CheckSample("inventory", "ck_locations_type",
                    "INSERT INTO locations (id, name, code, type) VALUES (-1, 'x', 'x', 'KIOSK')"),
            new CheckSample("inventory", "ck_inventory_movements_movement_type",
                    "INSERT INTO inventory_movements (id, variant_id, to_location_id, movement_type, quantity)"
                            + " VALUES (-1, -1, -1, 'THEFT', 1)"),
            new CheckSample("inventory", "ck_inventory_movements_quantity",
                    "INSERT INTO inventory_movements (id, variant_id, to_location_id, movement_type, quantity)"
                            + " VALUES (-1, -1, -1, 'PURCHASE_RECEIPT', 0)"),
            new CheckSample("customer", "ck_customers_doc_type",
                    "INSERT INTO customers (id, doc_type, doc_number, full_name) VALUES (-1, 'LICENSE', 'ABCD1234', 'x')"),
            new CheckSample("customer", "ck_customers_segment",
                    "INSERT INTO customers (id, doc_type, doc_number, full_name, segment)"
                            + " VALUES (-1, 'DNI', '12345678', 'x', 'GOLD')"),
            new CheckSample("customer", "ck_wallet_transactions_amount",
                    "INSERT INTO wallet_transactions (id, wallet_id, type, amount) VALUES (-1, -1, 'CREDIT', 0)"),
            new CheckSample("customer", "ck_loyalty_order_points_reversed",
                    "INSERT INTO loyalty_order_points (order_id, loyalty_account_id, order_amount, points_earned,"
                            + " points_reversed) VALUES (-1, -1, 10, 5, 6)"),
            new CheckSample("customer", "ck_loyalty_order_points_refunded",
                    "INSERT INTO loyalty_order_points (order_id, loyalty_account_id, order_amount, points_earned,"
                            + " refunded_amount) VALUES (-1, -1, 10, 5, 10.01)"),
            new CheckSample("customer", "ck_customers_phone",
                    "INSERT INTO customers (id, doc_type, doc_number, full_name, phone)"
                            + " VALUES (-1, 'DNI', '12345678', 'x', '987654321')"),
            new CheckSample("customer", "ck_customers_marketing_consent",
                    "INSERT INTO customers (id, doc_type, doc_number, full_name, marketing_consent)"
                            + " VALUES (-1, 'DNI', '12345678', 'x', true)"),
            new CheckSample("customer", "ck_customer_ubigeo_code",
                    "INSERT INTO customer_ubigeo (ubigeo, department, province, district) VALUES ('15A101', 'x', 'x', 'x')"),
            new CheckSample("customer", "ck_customer_addresses_geo_coordinates",
                    "INSERT INTO customer_addresses (id, customer_id, address_line, geo_coordinates)"
                            + " VALUES (-1, -1, 'x', 'north')"),
            new CheckSample("customer", "ck_customer_duplicate_dismissals_ordered",
                    "INSERT INTO customer_duplicate_dismissals (customer_id, other_customer_id) VALUES (-1, -2)"),
            new CheckSample("sales", "ck_orders_status",
                    "INSERT INTO orders (id, order_number, location_id, channel, status) VALUES (-1, 'x', -1, 'POS', 'SHIPPED')"),
            new CheckSample("sales", "ck_orders_amounts",
                    "INSERT INTO orders (id, order_number, location_id, channel, grand_total)"
                            + " VALUES (-1, 'x', -1, 'POS', -1)"),
            new CheckSample("payment", "ck_payments_method",
                    "INSERT INTO payments (id, order_id, idempotency_key, method, amount) VALUES (-1, -1, 'x', 'BITCOIN', 10)"),
            new CheckSample("payment", "ck_payments_amount",
                    "INSERT INTO payments (id, order_id, idempotency_key, method, amount) VALUES (-1, -1, 'x', 'CASH', 0)"),
            new CheckSample("payment", "ck_cash_sessions_status",
                    "INSERT INTO cash_sessions (id, user_id, location_id, status, closed_at)"
                            + " VALUES (-1, -1, -1, 'PAUSED', now() + interval '1 minute')"),
            new CheckSample("invoicing", "ck_electronic_documents_sunat_status",
                    "INSERT INTO electronic_documents (id, company_id, document_type, series, correlative_number,"
                            + " issue_date, total_amount, sunat_status) VALUES (-1, -1, '03', 'B001', 1, current_date, 10, 'LOST')"),
            new CheckSample("invoicing", "ck_electronic_documents_amounts",
                    "INSERT INTO electronic_documents (id, company_id, document_type, series, correlative_number,"
                            + " issue_date, total_amount) VALUES (-1, -1, '03', 'B001', 1, current_date, -1)"),
            new CheckSample("promotion", "ck_promotions_type",
                    "INSERT INTO promotions (id, name, type, start_date, value) VALUES (-1, 'x', 'BOGO', now(), 10)"),
            new CheckSample("promotion", "ck_promotions_value",
                    "INSERT INTO promotions (id, name, type, start_date, value) VALUES (-1, 'x', 'PERCENTAGE', now(), 150)"),
            new CheckSample("notification", "ck_notifications_status",
                    "INSERT INTO notifications (id, notification_type, channel, status) VALUES (-1, 'x', 'EMAIL', 'LOST')"),
            new CheckSample("security", "ck_users_status",
                    "INSERT INTO users (id, email, password_hash, full_name, status) VALUES (-1, 'x@y', 'h', 'x', 'BANNED')"),
            new CheckSample("security", "ck_audit_logs_sealed_together",
                    "INSERT INTO audit_logs (id, action, created_at, seq) VALUES (-1, 'x', now(), 1)"),
            new CheckSample("settings", "ck_system_settings_data_type",
                    "INSERT INTO system_settings (id, setting_key, data_type) VALUES (-1, 'x', 'DATE')"),
            new CheckSample("sales", "ck_order_number_counters_last_number",
                    "INSERT INTO order_number_counters (store_code, business_day, last_number) VALUES ('x', current_date, 0)"),
            new CheckSample("customer", "ck_customer_privacy_requests_kind",
                    "INSERT INTO customer_privacy_requests (id, customer_id, kind) VALUES (-1, -1, 'DELETION')"),
            new CheckSample("customer", "ck_customer_privacy_requests_shape",
                    "INSERT INTO customer_privacy_requests (id, customer_id, kind, document_kept) VALUES (-1, -1, 'ANONYMISATION', true)"),
            new CheckSample("payment", "ck_cash_sessions_count",
                    "INSERT INTO cash_sessions (id, user_id, location_id, counted_at) VALUES (-1, -1, -1, now())"),
            new CheckSample("payment", "ck_cash_movements_payment",
                    "INSERT INTO cash_movements (id, session_id, type, amount) VALUES (-1, -1, 'SALE', 1)"),
            new CheckSample("invoicing", "ck_companies_sunat_endpoint",
                    "INSERT INTO companies (id, ruc, raz_social, sunat_endpoint) VALUES (-1, '20000000001', 'x', 'TEST')"),
            new CheckSample("invoicing", "ck_companies_ubigeo",
                    "INSERT INTO companies (id, ruc, raz_social, ubigeo) VALUES (-1, '20000000001', 'x', '15')"),
            new CheckSample("invoicing", "ck_company_establishments_code",
                    "INSERT INTO company_establishments (id, company_id, location_id, code) VALUES (-1, -1, -1, '1')"),
            new CheckSample("invoicing", "ck_electronic_document_events_status",
                    "INSERT INTO electronic_document_events (id, document_id, status) VALUES (-1, -1, 'LOST')"),
            new CheckSample("sales", "ck_orders_channel",
                    "INSERT INTO orders (id, order_number, location_id, channel) VALUES (-1, 'x', -1, 'FAX')"),
            new CheckSample("sales", "ck_orders_document_type",
                    "INSERT INTO orders (id, order_number, location_id, channel, document_type) VALUES (-1, 'x', -1, 'PHONE', '07')"),
            new CheckSample("sales", "ck_orders_shipping_charge",
                    "INSERT INTO orders (id, order_number, location_id, channel, shipping_charge) VALUES (-1, 'x', -1, 'WEB', -1)"),
            new CheckSample("sales", "ck_order_approval_requests_status",
                    "INSERT INTO order_approval_requests (id, order_id, from_status, to_status, required_permission, status,"
                            + " requested_by, request_reason, decided_at) VALUES (-1, -1, 'PAID', 'CANCELLED', 'x', 'MAYBE', -1,"
                            + " 'x', now())"),
            new CheckSample("sales", "ck_order_approval_requests_other_user",
                    "INSERT INTO order_approval_requests (id, order_id, from_status, to_status, required_permission, status,"
                            + " requested_by, request_reason, decided_by, decided_at) VALUES (-1, -1, 'PAID', 'CANCELLED', 'x',"
                            + " 'APPROVED', -1, 'x', -1, now())"),
            new CheckSample("sales", "ck_order_approval_requests_decided",
                    "INSERT INTO order_approval_requests (id, order_id, from_status, to_status, required_permission, status,"
                            + " requested_by, request_reason) VALUES (-1, -1, 'PAID', 'CANCELLED', 'x', 'APPROVED', -1, 'x')"),
            new CheckSample("invoicing", "ck_companies_boleta_delivery",
                    "INSERT INTO companies (id, ruc, raz_social, boleta_delivery) VALUES (-1, '20000000001', 'x', 'BATCH')"),
            new CheckSample("invoicing", "ck_sunat_summaries_kind",
                    "INSERT INTO sunat_summaries (id, company_id, kind, issue_date, sequence_number, identifier, reference_date,"
                            + " line_count) VALUES (-1, -1, 'RR', current_date, 1,"
                            + " 'RR-' || to_char(current_date, 'YYYYMMDD') || '-1', current_date, 1)"),
            new CheckSample("invoicing", "ck_sunat_summaries_identifier",
                    "INSERT INTO sunat_summaries (id, company_id, kind, issue_date, sequence_number, identifier, reference_date,"
                            + " line_count) VALUES (-1, -1, 'RC', current_date, 1, 'RC-20000101-1', current_date, 1)"),
            new CheckSample("invoicing", "ck_sunat_summary_lines_condition_code",
                    "INSERT INTO sunat_summary_lines (id, summary_id, line_number, document_id, condition_code)"
                            + " VALUES (-1, -1, 1, -1, 4)"),
            new CheckSample("sales", "ck_order_returns_refund_method",
                    "INSERT INTO order_returns (id, order_id, location_id, return_number, reason, refund_method, subtotal,"
                            + " tax_total, grand_total, refunded_amount) VALUES (-1, -1, -1, 'x', 'x', 'CHEQUE', 1, 0, 1, 1)"),
            new CheckSample("sales", "ck_order_returns_amounts",
                    "INSERT INTO order_returns (id, order_id, location_id, return_number, reason, refund_method, subtotal,"
                            + " tax_total, grand_total, refunded_amount) VALUES (-1, -1, -1, 'x', 'x', 'WALLET', 1, 0, 1, 1.01)"),
            new CheckSample("sales", "ck_order_returns_reason",
                    "INSERT INTO order_returns (id, order_id, location_id, return_number, reason, refund_method, subtotal,"
                            + " tax_total, grand_total, refunded_amount) VALUES (-1, -1, -1, 'x', ' ', 'ORIGINAL', 1, 0, 1, 1)"),
            new CheckSample("sales", "ck_order_return_items_quantity",
                    "INSERT INTO order_return_items (id, return_id, order_item_id, variant_id, quantity, unit_price,"
                            + " tax_amount, total_amount) VALUES (-1, -1, -1, -1, 0, 1, 0, 1)"),
            new CheckSample("invoicing", "ck_document_deadline_alerts_kind",
                    "INSERT INTO document_deadline_alerts (id, document_id, kind, threshold, deadline)"
                            + " VALUES (-1, -1, 'SEND2', 'OVERDUE', now())"),
            new CheckSample("invoicing", "ck_document_deadline_alerts_threshold",
                    "INSERT INTO document_deadline_alerts (id, document_id, kind, threshold, deadline)"
                            + " VALUES (-1, -1, 'SEND', 'LATE', now())"),
            new CheckSample("invoicing", "ck_reconciliation_runs_status",
                    "INSERT INTO reconciliation_runs (id, company_id, business_day, status) VALUES (-1, -1, current_date, 'DONE')"),
            new CheckSample("invoicing", "ck_reconciliation_differences_explained",
                    "INSERT INTO reconciliation_differences (id, run_id, kind, explained, order_id, explanation)"
                            + " VALUES (-1, -1, 'MISSING_DOCUMENT', true, -1, 'x')"));

    /** The permission catalogue of V2 (later migrations may add slugs, never remove these). */
    static final Set<String> V2_PERMISSIONS = Set.of(
            "catalog.product.view", "catalog.product.create", "catalog.product.edit", "catalog.product.delete",
            "catalog.price.edit", "catalog.import", "catalog.category.edit", "catalog.brand.edit",
            "inventory.view", "inventory.location.view", "inventory.location.edit", "inventory.location.delete",
            "inventory.receive", "inventory.adjust", "inventory.transfer", "inventory.count",
            "inventory.count.approve", "inventory.reserve", "inventory.alert.edit",
            "customer.view", "customer.create", "customer.edit", "customer.delete", "customer.merge",
            "loyalty.adjust", "wallet.adjust",
            "order.view", "order.create", "order.edit", "order.fulfill", "order.cancel", "order.cancel.approve",
            "order.refund.request", "order.refund.approve", "order.discount.override",
            "payment.view", "payment.create", "payment.refund",
            "cash.session.view", "cash.session.open", "cash.session.close", "cash.movement",
            "sunat.document.view", "sunat.document.issue", "sunat.document.void", "sunat.company.edit",
            "promotion.view", "promotion.edit", "notification.view", "notification.template.edit",
            "security.user.view", "security.user.edit", "security.role.edit", "audit.view",
            "settings.view", "settings.edit", "report.view", "report.generate",
            "batch.job.view", "batch.job.start", "api.access");

    /**
     * What each role holds among the V2 permissions (admin: all; manager: all but two): V2's grants,
     * plus {@code api.access} for cashier, warehouse and accountant (V16: a token needs it).
     */
    static Map<String, Set<String>> v2Grants() {
        Set<String> manager = new TreeSet<>(V2_PERMISSIONS);
        manager.removeAll(Set.of("security.role.edit", "settings.edit"));
        return Map.of(
                "admin", new TreeSet<>(V2_PERMISSIONS),
                "manager", manager,
                "cashier", new TreeSet<>(Set.of("catalog.product.view", "inventory.view", "inventory.location.view",
                        "inventory.reserve", "customer.view", "customer.create", "order.view", "order.create",
                        "order.edit", "order.fulfill", "order.cancel", "order.refund.request", "payment.view",
                        "payment.create", "cash.session.open", "cash.session.close", "cash.movement",
                        "sunat.document.view", "sunat.document.issue", "promotion.view", "api.access")),
                "warehouse", new TreeSet<>(Set.of("catalog.product.view", "inventory.view", "inventory.location.view",
                        "inventory.location.edit", "inventory.receive", "inventory.adjust", "inventory.transfer",
                        "inventory.count", "inventory.alert.edit", "order.view", "order.fulfill", "api.access")),
                "accountant", new TreeSet<>(Set.of("sunat.document.view", "sunat.document.issue", "sunat.document.void",
                        "sunat.company.edit", "report.view", "report.generate", "audit.view", "order.view",
                        "payment.view", "cash.session.view", "customer.view", "catalog.product.view", "api.access")),
                "integrator", new TreeSet<>(Set.of("api.access", "catalog.product.view", "inventory.view",
                        "inventory.location.view", "inventory.reserve", "order.create", "order.view", "customer.view")));
    }

    /**
     * The order status machine as {@code from>to approval permission priority}: the forward path,
     * in-store pickup, free cancellation before payment and approved after it, refunds.
     */
    static final Set<String> ORDER_TRANSITIONS = Set.of(
            "DRAFT>PENDING_PAYMENT false order.create 10",
            "PENDING_PAYMENT>PAID false payment.create 10",
            "PAID>PREPARING false order.fulfill 10",
            "PREPARING>READY false order.fulfill 10",
            "READY>DELIVERED false order.fulfill 10",
            "DELIVERED>COMPLETED false order.fulfill 10",
            "READY>COMPLETED false order.fulfill 20",
            "DRAFT>CANCELLED false order.cancel 90",
            "PENDING_PAYMENT>CANCELLED false order.cancel 90",
            "PAID>CANCELLED true order.cancel.approve 90",
            "PREPARING>CANCELLED true order.cancel.approve 90",
            "READY>CANCELLED true order.cancel.approve 90",
            "PAID>REFUND_REQUESTED false order.refund.request 80",
            "DELIVERED>REFUND_REQUESTED false order.refund.request 80",
            "COMPLETED>REFUND_REQUESTED false order.refund.request 80",
            "REFUND_REQUESTED>REFUNDED true order.refund.approve 10",
            // V29: the return that brings the last unit back
            "PAID>REFUNDED false order.refund.approve 85",
            "PREPARING>REFUNDED false order.refund.approve 85",
            "READY>REFUNDED false order.refund.approve 85",
            "DELIVERED>REFUNDED false order.refund.approve 85",
            "COMPLETED>REFUNDED false order.refund.approve 85");
}

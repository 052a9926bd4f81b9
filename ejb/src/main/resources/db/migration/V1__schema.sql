-- =====================================================================================================
-- Colca — V1: the schema of docs/data-model.mmd (43 tables), PostgreSQL 15.
--
-- Contract: docs/conventions.md. Every table and column of the model exists here with the model's name
-- and the type of the conventions' mapping; what we add beyond the model is commented where it is added.
--
-- House rules applied throughout:
--   * ids: bigint/integer NOT NULL without a default, one sequence "<table>_seq" INCREMENT BY 50 per
--     table (Hibernate's pooled optimizer, allocationSize = 50). Join tables have no id and no sequence.
--   * every constraint is named, so code can map a violated constraint to a clear error:
--       pk_<table>, fk_<table>_<column>, uq_<table>_<columns>, ck_<table>_<what>, ix_<table>_<columns>.
--   * ON DELETE RESTRICT by default (business rows are soft-deleted, never hard-deleted); CASCADE only
--     for the child rows of one aggregate (product → variants/images, customer → addresses,
--     order → items/status history/applied promotions, cash session → cash movements,
--     promotion → coupons, role → grants, user → role assignments).
--   * "who" columns (deleted_by, changed_by, last_updated_by, user_id of logs, ...) are nullable: a row
--     may be written by the system (batch job, timer, migration) rather than a person.
--   * created_at-style columns are NOT NULL DEFAULT now(); Hibernate inserts every mapped column, so
--     the entity must set them (@CreationTimestamp / @PrePersist) — the default serves SQL inserts.
--   * money numeric(14,2), weights numeric(12,3), timestamps timestamptz.
--   * every FK column used for lookups has an index (leading column); deliberately not indexed: the
--     audit-only "who" columns deleted_by / system_settings.last_updated_by (users are never
--     hard-deleted, nobody searches by them) and order_status_transitions.required_permission (16 rows).
--   * soft delete (deleted_at, deleted_by, deletion_reason): a deleted row must say why
--     (ck_<table>_deletion_reason); keys that must free up after a soft delete are partial unique
--     indexes "WHERE deleted_at IS NULL", numbers that must never be reused are plain UNIQUE constraints.
-- =====================================================================================================


-- =====================================================================================================
-- 8. SECURITY (first: almost every table points at users)
-- =====================================================================================================

CREATE SEQUENCE users_seq INCREMENT BY 50;
CREATE TABLE users (
    id               bigint       NOT NULL,
    email            varchar(254) NOT NULL,
    password_hash    varchar(255) NOT NULL,
    full_name        varchar(200) NOT NULL,
    status           varchar(30)  NOT NULL DEFAULT 'ACTIVE',
    last_login       timestamptz,
    deleted_at       timestamptz,
    deleted_by       bigint,
    deletion_reason  text,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT fk_users_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_users_status CHECK (status IN ('ACTIVE', 'LOCKED', 'DISABLED')),
    CONSTRAINT ck_users_email CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT ck_users_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
-- an e-mail frees up when its user is soft-deleted (the login query must filter deleted_at IS NULL)
CREATE UNIQUE INDEX uq_users_email ON users (email) WHERE deleted_at IS NULL;

CREATE SEQUENCE roles_seq INCREMENT BY 50;
CREATE TABLE roles (
    id           integer     NOT NULL,
    name         varchar(60) NOT NULL,
    description  text,
    CONSTRAINT pk_roles PRIMARY KEY (id),
    CONSTRAINT uq_roles_name UNIQUE (name)
);

CREATE SEQUENCE permissions_seq INCREMENT BY 50;
CREATE TABLE permissions (
    id           integer      NOT NULL,
    slug         varchar(100) NOT NULL,
    description  varchar(255),
    CONSTRAINT pk_permissions PRIMARY KEY (id),
    CONSTRAINT uq_permissions_slug UNIQUE (slug),
    -- slugs are the security roles the code checks (@RolesAllowed): lower-case, dot-separated
    CONSTRAINT ck_permissions_slug CHECK (slug ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$')
);

CREATE TABLE role_permissions (
    role_id        integer NOT NULL,
    permission_id  integer NOT NULL,
    CONSTRAINT pk_role_permissions PRIMARY KEY (role_id, permission_id),
    CONSTRAINT fk_role_permissions_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE,
    CONSTRAINT fk_role_permissions_permission_id FOREIGN KEY (permission_id) REFERENCES permissions (id) ON DELETE CASCADE
);
CREATE INDEX ix_role_permissions_permission_id ON role_permissions (permission_id);

CREATE TABLE user_roles (
    user_id  bigint  NOT NULL,
    role_id  integer NOT NULL,
    CONSTRAINT pk_user_roles PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_user_roles_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    -- a role still assigned to somebody cannot be deleted
    CONSTRAINT fk_user_roles_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE RESTRICT
);
CREATE INDEX ix_user_roles_role_id ON user_roles (role_id);

-- audit_logs: partitioned by month on created_at (partitions: section 9)
CREATE SEQUENCE audit_logs_seq INCREMENT BY 50;
CREATE TABLE audit_logs (
    id            bigint      NOT NULL,
    user_id       bigint,
    action        varchar(60) NOT NULL,
    entity_table  varchar(60),
    entity_id     varchar(100),
    old_values    jsonb,
    new_values    jsonb,
    ip_address    varchar(45),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_audit_logs PRIMARY KEY (id, created_at),
    CONSTRAINT fk_audit_logs_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT
) PARTITION BY RANGE (created_at);
CREATE INDEX ix_audit_logs_entity ON audit_logs (entity_table, entity_id);
CREATE INDEX ix_audit_logs_user_id_created_at ON audit_logs (user_id, created_at);
CREATE INDEX ix_audit_logs_created_at ON audit_logs (created_at);


-- =====================================================================================================
-- 1. PRODUCT & CATALOG
-- =====================================================================================================

CREATE SEQUENCE brands_seq INCREMENT BY 50;
CREATE TABLE brands (
    id        integer       NOT NULL,
    name      varchar(200)  NOT NULL,
    logo_url  varchar(1000),
    CONSTRAINT pk_brands PRIMARY KEY (id),
    CONSTRAINT uq_brands_name UNIQUE (name)
);

CREATE SEQUENCE categories_seq INCREMENT BY 50;
CREATE TABLE categories (
    id         integer       NOT NULL,
    parent_id  integer,
    name       varchar(200)  NOT NULL,
    slug       varchar(200)  NOT NULL,
    image_url  varchar(1000),
    is_active  boolean       NOT NULL DEFAULT true,
    CONSTRAINT pk_categories PRIMARY KEY (id),
    CONSTRAINT fk_categories_parent_id FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE RESTRICT,
    CONSTRAINT uq_categories_slug UNIQUE (slug),
    CONSTRAINT ck_categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX ix_categories_parent_id ON categories (parent_id);

CREATE SEQUENCE products_seq INCREMENT BY 50;
CREATE TABLE products (
    id                 bigint        NOT NULL,
    name               varchar(200)  NOT NULL,
    slug               varchar(200)  NOT NULL,
    description_short  text,
    description_long   text,
    brand_id           bigint,
    category_id        bigint,
    base_price         numeric(14,2) NOT NULL,
    cost_price         numeric(14,2),
    tax_code           varchar(30)   NOT NULL DEFAULT '10',
    status             varchar(30)   NOT NULL DEFAULT 'DRAFT',
    attributes         jsonb,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz,
    deleted_at         timestamptz,
    deleted_by         bigint,
    deletion_reason    text,
    CONSTRAINT pk_products PRIMARY KEY (id),
    -- brand_id/category_id are bigint as the model says; they reference integer ids (allowed, same opfamily)
    CONSTRAINT fk_products_brand_id FOREIGN KEY (brand_id) REFERENCES brands (id) ON DELETE RESTRICT,
    CONSTRAINT fk_products_category_id FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT,
    CONSTRAINT fk_products_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_products_base_price CHECK (base_price >= 0),
    CONSTRAINT ck_products_cost_price CHECK (cost_price IS NULL OR cost_price >= 0),
    -- SUNAT catalog 07 (tipo de afectación del IGV)
    CONSTRAINT ck_products_tax_code CHECK (tax_code IN ('10', '11', '12', '13', '14', '15', '16', '17',
                                                        '20', '21',
                                                        '30', '31', '32', '33', '34', '35', '36', '37',
                                                        '40')),
    CONSTRAINT ck_products_status CHECK (status IN ('DRAFT', 'ACTIVE', 'DISCONTINUED')),
    CONSTRAINT ck_products_attributes CHECK (attributes IS NULL OR jsonb_typeof(attributes) = 'object'),
    CONSTRAINT ck_products_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
CREATE UNIQUE INDEX uq_products_slug ON products (slug) WHERE deleted_at IS NULL;
CREATE INDEX ix_products_brand_id ON products (brand_id);
CREATE INDEX ix_products_category_id ON products (category_id);

CREATE SEQUENCE product_variants_seq INCREMENT BY 50;
CREATE TABLE product_variants (
    id               bigint        NOT NULL,
    product_id       bigint        NOT NULL,
    sku              varchar(60)   NOT NULL,
    barcode          varchar(60),
    size             varchar(30),
    color            varchar(60),
    price_override   numeric(14,2),
    weight           numeric(12,3),
    dimensions       jsonb,
    main_image_url   varchar(1000),
    is_active        boolean       NOT NULL DEFAULT true,
    deleted_at       timestamptz,
    deleted_by       bigint,
    deletion_reason  text,
    CONSTRAINT pk_product_variants PRIMARY KEY (id),
    CONSTRAINT fk_product_variants_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_variants_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_product_variants_price_override CHECK (price_override IS NULL OR price_override >= 0),
    CONSTRAINT ck_product_variants_weight CHECK (weight IS NULL OR weight >= 0),
    CONSTRAINT ck_product_variants_dimensions CHECK (dimensions IS NULL OR jsonb_typeof(dimensions) = 'object'),
    CONSTRAINT ck_product_variants_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
CREATE UNIQUE INDEX uq_product_variants_sku ON product_variants (sku) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_product_variants_barcode ON product_variants (barcode) WHERE deleted_at IS NULL;
CREATE INDEX ix_product_variants_product_id ON product_variants (product_id);

CREATE SEQUENCE product_images_seq INCREMENT BY 50;
CREATE TABLE product_images (
    id             bigint        NOT NULL,
    product_id     bigint        NOT NULL,
    url            varchar(1000) NOT NULL,
    display_order  integer       NOT NULL DEFAULT 0,
    is_primary     boolean       NOT NULL DEFAULT false,
    CONSTRAINT pk_product_images PRIMARY KEY (id),
    CONSTRAINT fk_product_images_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT ck_product_images_display_order CHECK (display_order >= 0)
);
CREATE INDEX ix_product_images_product_id ON product_images (product_id, display_order);

CREATE SEQUENCE price_change_history_seq INCREMENT BY 50;
CREATE TABLE price_change_history (
    id                bigint        NOT NULL,
    variant_id        bigint        NOT NULL,
    old_price         numeric(14,2),
    new_price         numeric(14,2) NOT NULL,
    change_type       varchar(30)   NOT NULL,
    reference_source  varchar(60),
    reference_id      varchar(60),
    changed_by        bigint,
    justification     text,
    changed_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_price_change_history PRIMARY KEY (id),
    CONSTRAINT fk_price_change_history_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_price_change_history_changed_by FOREIGN KEY (changed_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_price_change_history_old_price CHECK (old_price IS NULL OR old_price >= 0),
    CONSTRAINT ck_price_change_history_new_price CHECK (new_price >= 0),
    CONSTRAINT ck_price_change_history_change_type CHECK (change_type IN ('BASE', 'PROMO', 'BULK'))
);
CREATE INDEX ix_price_change_history_variant_id ON price_change_history (variant_id, changed_at);
CREATE INDEX ix_price_change_history_changed_by ON price_change_history (changed_by);


-- =====================================================================================================
-- 2. INVENTORY (concurrency critical)
-- =====================================================================================================

CREATE SEQUENCE locations_seq INCREMENT BY 50;
CREATE TABLE locations (
    id               integer      NOT NULL,
    name             varchar(200) NOT NULL,
    code             varchar(30)  NOT NULL,
    address          varchar(255),
    type             varchar(30)  NOT NULL,
    is_active        boolean      NOT NULL DEFAULT true,
    allows_sales     boolean      NOT NULL DEFAULT false,
    -- Added beyond the model (docs/conventions.md "Columns we add"): the locations screen and API
    -- need optimistic locking (ETag / If-Match) and a soft delete that records who and why.
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz,
    deleted_at       timestamptz,
    deleted_by       bigint,
    deletion_reason  text,
    CONSTRAINT pk_locations PRIMARY KEY (id),
    CONSTRAINT fk_locations_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_locations_type CHECK (type IN ('STORE', 'WAREHOUSE')),
    CONSTRAINT ck_locations_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
CREATE UNIQUE INDEX uq_locations_code ON locations (code) WHERE deleted_at IS NULL;

CREATE SEQUENCE inventory_stock_seq INCREMENT BY 50;
CREATE TABLE inventory_stock (
    id                  bigint      NOT NULL,
    location_id         bigint      NOT NULL,
    variant_id          bigint      NOT NULL,
    quantity_on_hand    integer     NOT NULL DEFAULT 0,
    quantity_reserved   integer     NOT NULL DEFAULT 0,
    -- never written by the application (entity: insertable = false, updatable = false)
    quantity_available  integer     GENERATED ALWAYS AS (quantity_on_hand - quantity_reserved) STORED,
    last_counted_at     timestamptz,
    version             bigint      NOT NULL DEFAULT 0,
    last_updated_at     timestamptz,
    last_updated_by     bigint,
    CONSTRAINT pk_inventory_stock PRIMARY KEY (id),
    CONSTRAINT fk_inventory_stock_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_stock_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_stock_last_updated_by FOREIGN KEY (last_updated_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT uq_inventory_stock_variant_location UNIQUE (variant_id, location_id),
    -- the database backs the entity: stock never negative, never more reserved than on hand
    CONSTRAINT ck_inventory_stock_on_hand_non_negative CHECK (quantity_on_hand >= 0),
    CONSTRAINT ck_inventory_stock_reserved_non_negative CHECK (quantity_reserved >= 0),
    CONSTRAINT ck_inventory_stock_reserved_le_on_hand CHECK (quantity_reserved <= quantity_on_hand)
);
CREATE INDEX ix_inventory_stock_location_id ON inventory_stock (location_id);
CREATE INDEX ix_inventory_stock_last_updated_by ON inventory_stock (last_updated_by);

CREATE SEQUENCE inventory_reservations_seq INCREMENT BY 50;
CREATE TABLE inventory_reservations (
    id           bigint       NOT NULL,
    variant_id   bigint       NOT NULL,
    location_id  bigint       NOT NULL,
    session_id   varchar(100) NOT NULL,
    quantity     integer      NOT NULL,
    expires_at   timestamptz  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_inventory_reservations PRIMARY KEY (id),
    CONSTRAINT fk_inventory_reservations_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_reservations_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT ck_inventory_reservations_quantity CHECK (quantity > 0)
);
-- the TTL sweep: DELETE/SELECT ... WHERE expires_at < now()
CREATE INDEX ix_inventory_reservations_expires_at ON inventory_reservations (expires_at);
CREATE INDEX ix_inventory_reservations_variant_location ON inventory_reservations (variant_id, location_id);
CREATE INDEX ix_inventory_reservations_location_id ON inventory_reservations (location_id);
CREATE INDEX ix_inventory_reservations_session_id ON inventory_reservations (session_id);

-- inventory_movements: the stock ledger, partitioned by month on created_at (partitions: section 9).
-- quantity is always positive; the direction is given by the locations: the quantity leaves
-- from_location_id (if any) and enters to_location_id (if any).
CREATE SEQUENCE inventory_movements_seq INCREMENT BY 50;
CREATE TABLE inventory_movements (
    id                bigint       NOT NULL,
    variant_id        bigint       NOT NULL,
    from_location_id  bigint,
    to_location_id    bigint,
    user_id           bigint,
    movement_type     varchar(30)  NOT NULL,
    quantity          integer      NOT NULL,
    reference_doc     varchar(100),
    notes             text,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_inventory_movements PRIMARY KEY (id, created_at),
    CONSTRAINT fk_inventory_movements_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_movements_from_location_id FOREIGN KEY (from_location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_movements_to_location_id FOREIGN KEY (to_location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_movements_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_inventory_movements_quantity CHECK (quantity > 0),
    CONSTRAINT ck_inventory_movements_movement_type CHECK (movement_type IN ('PURCHASE_RECEIPT', 'SALE', 'CUSTOMER_RETURN',
                                                                             'TRANSFER_OUT', 'TRANSFER_IN',
                                                                             'ADJUSTMENT', 'COUNT_CORRECTION')),
    CONSTRAINT ck_inventory_movements_locations CHECK ((from_location_id IS NOT NULL OR to_location_id IS NOT NULL)
                                                       AND from_location_id IS DISTINCT FROM to_location_id)
) PARTITION BY RANGE (created_at);
CREATE INDEX ix_inventory_movements_variant_id_created_at ON inventory_movements (variant_id, created_at);
CREATE INDEX ix_inventory_movements_from_location_id ON inventory_movements (from_location_id, created_at);
CREATE INDEX ix_inventory_movements_to_location_id ON inventory_movements (to_location_id, created_at);
CREATE INDEX ix_inventory_movements_user_id ON inventory_movements (user_id);
CREATE INDEX ix_inventory_movements_reference_doc ON inventory_movements (reference_doc);

CREATE SEQUENCE inventory_audit_snapshots_seq INCREMENT BY 50;
CREATE TABLE inventory_audit_snapshots (
    id                 bigint      NOT NULL,
    variant_id         bigint      NOT NULL,
    location_id        bigint      NOT NULL,
    snapshot_quantity  integer     NOT NULL,
    discrepancy        integer     NOT NULL DEFAULT 0,   -- signed: counted minus recorded
    snapshot_type      varchar(30) NOT NULL,
    triggered_by       bigint,
    snapshot_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_inventory_audit_snapshots PRIMARY KEY (id),
    CONSTRAINT fk_inventory_audit_snapshots_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_audit_snapshots_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_audit_snapshots_triggered_by FOREIGN KEY (triggered_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_inventory_audit_snapshots_quantity CHECK (snapshot_quantity >= 0),
    CONSTRAINT ck_inventory_audit_snapshots_snapshot_type CHECK (snapshot_type IN ('SCHEDULED', 'COUNT', 'MANUAL'))
);
CREATE INDEX ix_inventory_audit_snapshots_variant_location ON inventory_audit_snapshots (variant_id, location_id, snapshot_at);
CREATE INDEX ix_inventory_audit_snapshots_location_id ON inventory_audit_snapshots (location_id, snapshot_at);
CREATE INDEX ix_inventory_audit_snapshots_triggered_by ON inventory_audit_snapshots (triggered_by);

CREATE SEQUENCE inventory_alerts_seq INCREMENT BY 50;
CREATE TABLE inventory_alerts (
    id             bigint  NOT NULL,
    variant_id     bigint  NOT NULL,
    location_id    bigint  NOT NULL,
    min_threshold  integer NOT NULL,
    is_active      boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_inventory_alerts PRIMARY KEY (id),
    CONSTRAINT fk_inventory_alerts_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_alerts_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    -- one threshold per variant and location
    CONSTRAINT uq_inventory_alerts_variant_location UNIQUE (variant_id, location_id),
    CONSTRAINT ck_inventory_alerts_min_threshold CHECK (min_threshold >= 0)
);
CREATE INDEX ix_inventory_alerts_location_id ON inventory_alerts (location_id);


-- =====================================================================================================
-- 3. CUSTOMERS & CRM
-- =====================================================================================================

CREATE SEQUENCE customers_seq INCREMENT BY 50;
CREATE TABLE customers (
    id               bigint       NOT NULL,
    doc_type         varchar(30)  NOT NULL,
    doc_number       varchar(20)  NOT NULL,
    full_name        varchar(200) NOT NULL,
    email            varchar(254),
    phone            varchar(30),
    birth_date       date,
    gender           varchar(1),
    segment          varchar(30)  NOT NULL DEFAULT 'REGULAR',
    is_active        boolean      NOT NULL DEFAULT true,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    deleted_at       timestamptz,
    deleted_by       bigint,
    deletion_reason  text,
    CONSTRAINT pk_customers PRIMARY KEY (id),
    CONSTRAINT fk_customers_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_customers_doc_type CHECK (doc_type IN ('DNI', 'RUC', 'CE', 'PASSPORT')),
    -- SUNAT: a DNI has 8 digits, a RUC 11; CE and passport are alphanumeric
    CONSTRAINT ck_customers_doc_number CHECK (CASE doc_type
                                                   WHEN 'DNI' THEN doc_number ~ '^[0-9]{8}$'
                                                   WHEN 'RUC' THEN doc_number ~ '^[0-9]{11}$'
                                                   ELSE doc_number ~ '^[A-Z0-9]{4,20}$'
                                               END),
    CONSTRAINT ck_customers_email CHECK (email IS NULL OR email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT ck_customers_gender CHECK (gender IS NULL OR gender IN ('F', 'M', 'X')),
    CONSTRAINT ck_customers_segment CHECK (segment IN ('REGULAR', 'FREQUENT', 'VIP', 'WHOLESALE', 'CORPORATE')),
    CONSTRAINT ck_customers_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
-- a document number / e-mail frees up when the customer is soft-deleted (e.g. after a merge)
CREATE UNIQUE INDEX uq_customers_doc_number ON customers (doc_number) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_customers_email ON customers (email) WHERE deleted_at IS NULL;

CREATE SEQUENCE customer_merge_log_seq INCREMENT BY 50;
CREATE TABLE customer_merge_log (
    id                  bigint      NOT NULL,
    source_customer_id  bigint      NOT NULL,
    target_customer_id  bigint      NOT NULL,
    merged_by           bigint,
    source_snapshot     jsonb       NOT NULL,
    merge_strategy      jsonb,
    merge_reason        text,
    merged_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_customer_merge_log PRIMARY KEY (id),
    CONSTRAINT fk_customer_merge_log_source_customer_id FOREIGN KEY (source_customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_customer_merge_log_target_customer_id FOREIGN KEY (target_customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_customer_merge_log_merged_by FOREIGN KEY (merged_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_customer_merge_log_distinct CHECK (source_customer_id <> target_customer_id)
);
CREATE INDEX ix_customer_merge_log_source_customer_id ON customer_merge_log (source_customer_id);
CREATE INDEX ix_customer_merge_log_target_customer_id ON customer_merge_log (target_customer_id);
CREATE INDEX ix_customer_merge_log_merged_by ON customer_merge_log (merged_by);

CREATE SEQUENCE customer_addresses_seq INCREMENT BY 50;
CREATE TABLE customer_addresses (
    id               bigint       NOT NULL,
    customer_id      bigint       NOT NULL,
    label            varchar(60),
    address_line     varchar(255) NOT NULL,
    district         varchar(100),
    city             varchar(100),
    reference        varchar(255),
    geo_coordinates  varchar(60),      -- "lat,lon"
    is_default       boolean      NOT NULL DEFAULT false,
    CONSTRAINT pk_customer_addresses PRIMARY KEY (id),
    CONSTRAINT fk_customer_addresses_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_addresses_customer_id ON customer_addresses (customer_id);

CREATE SEQUENCE loyalty_accounts_seq INCREMENT BY 50;
CREATE TABLE loyalty_accounts (
    id                bigint      NOT NULL,
    customer_id       bigint      NOT NULL,
    points_balance    integer     NOT NULL DEFAULT 0,
    lifetime_points   integer     NOT NULL DEFAULT 0,
    last_movement_at  timestamptz,
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_loyalty_accounts PRIMARY KEY (id),
    CONSTRAINT fk_loyalty_accounts_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT uq_loyalty_accounts_customer_id UNIQUE (customer_id),
    CONSTRAINT ck_loyalty_accounts_points_balance CHECK (points_balance >= 0),
    CONSTRAINT ck_loyalty_accounts_lifetime_points CHECK (lifetime_points >= 0)
);

-- loyalty_movements: partitioned by year on created_at (partitions: section 9).
-- points is a signed delta applied to points_balance (EARN > 0, REDEEM/EXPIRE < 0, ADJUST/REVERSAL either).
CREATE SEQUENCE loyalty_movements_seq INCREMENT BY 50;
CREATE TABLE loyalty_movements (
    id                  bigint      NOT NULL,
    loyalty_account_id  bigint      NOT NULL,
    type                varchar(30) NOT NULL,
    points              integer     NOT NULL,
    order_id            bigint,     -- fk_loyalty_movements_order_id is added in section 4 (orders)
    reason              text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_loyalty_movements PRIMARY KEY (id, created_at),
    CONSTRAINT fk_loyalty_movements_loyalty_account_id FOREIGN KEY (loyalty_account_id) REFERENCES loyalty_accounts (id) ON DELETE RESTRICT,
    CONSTRAINT ck_loyalty_movements_type CHECK (type IN ('EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'REVERSAL')),
    CONSTRAINT ck_loyalty_movements_points CHECK (points <> 0)
) PARTITION BY RANGE (created_at);
CREATE INDEX ix_loyalty_movements_account_created_at ON loyalty_movements (loyalty_account_id, created_at);
CREATE INDEX ix_loyalty_movements_order_id ON loyalty_movements (order_id);

CREATE SEQUENCE customer_wallets_seq INCREMENT BY 50;
CREATE TABLE customer_wallets (
    id           bigint        NOT NULL,
    customer_id  bigint        NOT NULL,
    balance      numeric(14,2) NOT NULL DEFAULT 0,
    updated_at   timestamptz,
    version      bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_customer_wallets PRIMARY KEY (id),
    CONSTRAINT fk_customer_wallets_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT uq_customer_wallets_customer_id UNIQUE (customer_id),
    CONSTRAINT ck_customer_wallets_balance CHECK (balance >= 0)
);

-- amount is a signed delta applied to the wallet balance (CREDIT/REFUND > 0, DEBIT < 0, ADJUSTMENT either)
CREATE SEQUENCE wallet_transactions_seq INCREMENT BY 50;
CREATE TABLE wallet_transactions (
    id          bigint        NOT NULL,
    wallet_id   bigint        NOT NULL,
    type        varchar(30)   NOT NULL,
    amount      numeric(14,2) NOT NULL,
    reference   varchar(100),
    created_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_wallet_transactions PRIMARY KEY (id),
    CONSTRAINT fk_wallet_transactions_wallet_id FOREIGN KEY (wallet_id) REFERENCES customer_wallets (id) ON DELETE RESTRICT,
    CONSTRAINT ck_wallet_transactions_type CHECK (type IN ('CREDIT', 'DEBIT', 'REFUND', 'ADJUSTMENT')),
    CONSTRAINT ck_wallet_transactions_amount CHECK (amount <> 0)
);
CREATE INDEX ix_wallet_transactions_wallet_id ON wallet_transactions (wallet_id, created_at);


-- =====================================================================================================
-- 4. ORDERS & SALES (transactional core)
-- =====================================================================================================

CREATE SEQUENCE orders_seq INCREMENT BY 50;
CREATE TABLE orders (
    id               bigint        NOT NULL,
    order_number     varchar(30)   NOT NULL,
    customer_id      bigint,                        -- null: anonymous walk-in sale
    location_id      bigint        NOT NULL,
    user_id          bigint,                        -- null: web/API order not taken by staff
    channel          varchar(30)   NOT NULL,
    status           varchar(30)   NOT NULL DEFAULT 'DRAFT',
    payment_status   varchar(30)   NOT NULL DEFAULT 'UNPAID',
    shipping_method  varchar(30)   NOT NULL DEFAULT 'IN_STORE',
    subtotal         numeric(14,2) NOT NULL DEFAULT 0,
    discount_total   numeric(14,2) NOT NULL DEFAULT 0,
    tax_total        numeric(14,2) NOT NULL DEFAULT 0,
    shipping_cost    numeric(14,2) NOT NULL DEFAULT 0,
    grand_total      numeric(14,2) NOT NULL DEFAULT 0,
    notes            text,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    deleted_at       timestamptz,
    deleted_by       bigint,
    deletion_reason  text,
    version          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    -- an order number is never reused, not even after a soft delete
    CONSTRAINT uq_orders_order_number UNIQUE (order_number),
    CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_orders_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_orders_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_orders_channel CHECK (channel IN ('POS', 'WEB', 'API')),
    CONSTRAINT ck_orders_status CHECK (status IN ('DRAFT', 'PENDING_PAYMENT', 'PAID', 'PREPARING', 'READY', 'DELIVERED',
                                                  'COMPLETED', 'CANCELLED', 'REFUND_REQUESTED', 'REFUNDED')),
    CONSTRAINT ck_orders_payment_status CHECK (payment_status IN ('UNPAID', 'PARTIALLY_PAID', 'PAID',
                                                                  'PARTIALLY_REFUNDED', 'REFUNDED')),
    CONSTRAINT ck_orders_shipping_method CHECK (shipping_method IN ('IN_STORE', 'PICKUP', 'DELIVERY')),
    CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0 AND discount_total >= 0 AND tax_total >= 0
                                        AND shipping_cost >= 0 AND grand_total >= 0),
    CONSTRAINT ck_orders_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
CREATE INDEX ix_orders_location_id_created_at ON orders (location_id, created_at);
CREATE INDEX ix_orders_user_id ON orders (user_id);
CREATE INDEX ix_orders_status ON orders (status);
CREATE INDEX ix_orders_created_at ON orders (created_at);

ALTER TABLE loyalty_movements
    ADD CONSTRAINT fk_loyalty_movements_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT;

-- the order status machine (rows: V2); required_permission must be a known permission slug
CREATE SEQUENCE order_status_transitions_seq INCREMENT BY 50;
CREATE TABLE order_status_transitions (
    id                   integer      NOT NULL,
    from_status          varchar(30)  NOT NULL,
    to_status            varchar(30)  NOT NULL,
    requires_approval    boolean      NOT NULL DEFAULT false,
    required_permission  varchar(100),
    priority             integer      NOT NULL DEFAULT 0,
    CONSTRAINT pk_order_status_transitions PRIMARY KEY (id),
    CONSTRAINT uq_order_status_transitions_from_to UNIQUE (from_status, to_status),
    -- extra FK (not in the model): a transition cannot name a permission that does not exist
    CONSTRAINT fk_order_status_transitions_required_permission FOREIGN KEY (required_permission)
        REFERENCES permissions (slug) ON UPDATE CASCADE ON DELETE RESTRICT,
    CONSTRAINT ck_order_status_transitions_from_status CHECK (from_status IN ('DRAFT', 'PENDING_PAYMENT', 'PAID', 'PREPARING',
                                                                             'READY', 'DELIVERED', 'COMPLETED', 'CANCELLED',
                                                                             'REFUND_REQUESTED', 'REFUNDED')),
    CONSTRAINT ck_order_status_transitions_to_status CHECK (to_status IN ('DRAFT', 'PENDING_PAYMENT', 'PAID', 'PREPARING',
                                                                         'READY', 'DELIVERED', 'COMPLETED', 'CANCELLED',
                                                                         'REFUND_REQUESTED', 'REFUNDED')),
    CONSTRAINT ck_order_status_transitions_distinct CHECK (from_status <> to_status)
);

CREATE SEQUENCE order_status_history_seq INCREMENT BY 50;
CREATE TABLE order_status_history (
    id               bigint      NOT NULL,
    order_id         bigint      NOT NULL,
    previous_status  varchar(30),                    -- null for the first status of an order
    new_status       varchar(30) NOT NULL,
    changed_by       bigint,
    change_reason    text,
    ip_address       varchar(45),
    changed_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_order_status_history PRIMARY KEY (id),
    CONSTRAINT fk_order_status_history_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_status_history_changed_by FOREIGN KEY (changed_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_order_status_history_previous_status CHECK (previous_status IS NULL OR previous_status IN (
        'DRAFT', 'PENDING_PAYMENT', 'PAID', 'PREPARING', 'READY', 'DELIVERED', 'COMPLETED', 'CANCELLED',
        'REFUND_REQUESTED', 'REFUNDED')),
    CONSTRAINT ck_order_status_history_new_status CHECK (new_status IN (
        'DRAFT', 'PENDING_PAYMENT', 'PAID', 'PREPARING', 'READY', 'DELIVERED', 'COMPLETED', 'CANCELLED',
        'REFUND_REQUESTED', 'REFUNDED'))
);
CREATE INDEX ix_order_status_history_order_id ON order_status_history (order_id, changed_at);
CREATE INDEX ix_order_status_history_changed_by ON order_status_history (changed_by);

CREATE SEQUENCE order_items_seq INCREMENT BY 50;
CREATE TABLE order_items (
    id               bigint        NOT NULL,
    order_id         bigint        NOT NULL,
    variant_id       bigint        NOT NULL,
    quantity         integer       NOT NULL,
    unit_price       numeric(14,2) NOT NULL,
    total_price      numeric(14,2) NOT NULL,
    discount_amount  numeric(14,2) NOT NULL DEFAULT 0,
    status           varchar(30)   NOT NULL DEFAULT 'ACTIVE',
    CONSTRAINT pk_order_items PRIMARY KEY (id),
    CONSTRAINT fk_order_items_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_items_amounts CHECK (unit_price >= 0 AND total_price >= 0 AND discount_amount >= 0),
    CONSTRAINT ck_order_items_status CHECK (status IN ('ACTIVE', 'RETURNED', 'CANCELLED'))
);
CREATE INDEX ix_order_items_order_id ON order_items (order_id);
CREATE INDEX ix_order_items_variant_id ON order_items (variant_id);

CREATE SEQUENCE cash_sessions_seq INCREMENT BY 50;
CREATE TABLE cash_sessions (
    id             bigint        NOT NULL,
    user_id        bigint        NOT NULL,
    location_id    bigint        NOT NULL,
    opened_at      timestamptz   NOT NULL DEFAULT now(),
    closed_at      timestamptz,
    starting_cash  numeric(14,2) NOT NULL DEFAULT 0,
    expected_cash  numeric(14,2),                   -- computed when the session closes
    actual_cash    numeric(14,2),                   -- counted when the session closes
    discrepancy    numeric(14,2),                   -- signed: actual minus expected
    status         varchar(30)   NOT NULL DEFAULT 'OPEN',
    version        bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_cash_sessions PRIMARY KEY (id),
    CONSTRAINT fk_cash_sessions_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_cash_sessions_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT ck_cash_sessions_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_cash_sessions_amounts CHECK (starting_cash >= 0
                                               AND (expected_cash IS NULL OR expected_cash >= 0)
                                               AND (actual_cash IS NULL OR actual_cash >= 0)),
    -- closed_at is set exactly when the session is closed, never before it opened
    CONSTRAINT ck_cash_sessions_closed CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CONSTRAINT ck_cash_sessions_closed_after_opened CHECK (closed_at IS NULL OR closed_at >= opened_at)
);
-- a cashier has at most one open cash session
CREATE UNIQUE INDEX uq_cash_sessions_open_user ON cash_sessions (user_id) WHERE status = 'OPEN';
CREATE INDEX ix_cash_sessions_user_id ON cash_sessions (user_id);
CREATE INDEX ix_cash_sessions_location_id ON cash_sessions (location_id, opened_at);

CREATE SEQUENCE payments_seq INCREMENT BY 50;
CREATE TABLE payments (
    id                      bigint        NOT NULL,
    order_id                bigint        NOT NULL,
    idempotency_key         varchar(100)  NOT NULL,
    method                  varchar(30)   NOT NULL,
    amount                  numeric(14,2) NOT NULL,
    transaction_id          varchar(100),
    status                  varchar(30)   NOT NULL DEFAULT 'PENDING',
    gateway_response        jsonb,
    idempotency_expires_at  timestamptz,
    processed_at            timestamptz,
    version                 bigint        NOT NULL DEFAULT 0,
    -- Added beyond the model (docs/conventions.md): the model draws cash_sessions ||--o{ payments
    -- ("aggregates cash") but gives payments no column for it; a cash payment belongs to the
    -- cashier's open session, which is what the cash count at closing adds up.
    cash_session_id         bigint,
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT fk_payments_cash_session_id FOREIGN KEY (cash_session_id) REFERENCES cash_sessions (id) ON DELETE RESTRICT,
    -- money is never hard-deleted with its order
    CONSTRAINT fk_payments_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT,
    -- the same key always answers the first result and never charges twice: never reused
    CONSTRAINT uq_payments_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_payments_method CHECK (method IN ('CASH', 'CARD', 'YAPE', 'PLIN', 'BANK_TRANSFER', 'WALLET')),
    CONSTRAINT ck_payments_amount CHECK (amount > 0),
    CONSTRAINT ck_payments_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'REFUNDED', 'VOIDED'))
);
CREATE INDEX ix_payments_order_id ON payments (order_id);
CREATE INDEX ix_payments_cash_session_id ON payments (cash_session_id);
CREATE INDEX ix_payments_idempotency_expires_at ON payments (idempotency_expires_at);

CREATE SEQUENCE cash_movements_seq INCREMENT BY 50;
CREATE TABLE cash_movements (
    id          bigint        NOT NULL,
    session_id  bigint        NOT NULL,
    type        varchar(30)   NOT NULL,
    amount      numeric(14,2) NOT NULL,             -- non-negative; the type gives the direction
    reason      text,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_cash_movements PRIMARY KEY (id),
    CONSTRAINT fk_cash_movements_session_id FOREIGN KEY (session_id) REFERENCES cash_sessions (id) ON DELETE CASCADE,
    CONSTRAINT ck_cash_movements_type CHECK (type IN ('OPENING', 'SALE', 'REFUND', 'CASH_IN', 'CASH_OUT', 'CLOSING')),
    CONSTRAINT ck_cash_movements_amount CHECK (amount >= 0)
);
CREATE INDEX ix_cash_movements_session_id ON cash_movements (session_id, created_at);


-- =====================================================================================================
-- 5. ELECTRONIC INVOICING (SUNAT)
-- =====================================================================================================

CREATE SEQUENCE companies_seq INCREMENT BY 50;
CREATE TABLE companies (
    id                integer       NOT NULL,
    ruc               varchar(11)   NOT NULL,
    raz_social        varchar(200)  NOT NULL,
    trade_name        varchar(200),
    address           varchar(255),
    certificate_path  varchar(1000),
    sol_user          varchar(60),
    sol_pass          varchar(500),                 -- ciphertext (encrypted at rest), never the plain password
    CONSTRAINT pk_companies PRIMARY KEY (id),
    CONSTRAINT uq_companies_ruc UNIQUE (ruc),
    CONSTRAINT ck_companies_ruc CHECK (ruc ~ '^[0-9]{11}$')
);

CREATE SEQUENCE document_sequences_seq INCREMENT BY 50;
CREATE TABLE document_sequences (
    id              integer     NOT NULL,
    company_id      bigint      NOT NULL,
    document_type   varchar(30) NOT NULL,
    series          varchar(4)  NOT NULL,
    current_number  integer     NOT NULL DEFAULT 0, -- last number taken; the next document gets current_number + 1
    version         bigint      NOT NULL DEFAULT 0,
    updated_at      timestamptz,
    CONSTRAINT pk_document_sequences PRIMARY KEY (id),
    CONSTRAINT fk_document_sequences_company_id FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE RESTRICT,
    CONSTRAINT uq_document_sequences_company_type_series UNIQUE (company_id, document_type, series),
    -- SUNAT catalog 01
    CONSTRAINT ck_document_sequences_document_type CHECK (document_type IN ('01', '03', '07', '08')),
    CONSTRAINT ck_document_sequences_series CHECK (series ~ '^[A-Z0-9]{4}$'),
    -- the correlative has 1 to 8 digits
    CONSTRAINT ck_document_sequences_current_number CHECK (current_number BETWEEN 0 AND 99999999)
);
CREATE INDEX ix_document_sequences_company_id ON document_sequences (company_id);

CREATE SEQUENCE electronic_documents_seq INCREMENT BY 50;
CREATE TABLE electronic_documents (
    id                  bigint        NOT NULL,
    order_id            bigint,
    company_id          bigint        NOT NULL,
    document_type       varchar(30)   NOT NULL,
    series              varchar(4)    NOT NULL,
    correlative_number  integer       NOT NULL,
    issue_date          date          NOT NULL,
    currency            varchar(3)    NOT NULL DEFAULT 'PEN',
    total_amount        numeric(14,2) NOT NULL,
    total_igv           numeric(14,2) NOT NULL DEFAULT 0,
    total_gravado       numeric(14,2) NOT NULL DEFAULT 0,
    sunat_status        varchar(30)   NOT NULL DEFAULT 'PENDING',
    sunat_message       text,
    xml_url             varchar(1000),
    pdf_url             varchar(1000),
    cdr_url             varchar(1000),
    hash_cpe            varchar(100),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    deleted_at          timestamptz,
    deleted_by          bigint,
    deletion_reason     text,
    CONSTRAINT pk_electronic_documents PRIMARY KEY (id),
    -- a SUNAT number is burnt once used: never reused, not even after a soft delete
    CONSTRAINT uq_electronic_documents_series_correlative UNIQUE (series, correlative_number),
    CONSTRAINT fk_electronic_documents_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT,
    CONSTRAINT fk_electronic_documents_company_id FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_electronic_documents_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_electronic_documents_document_type CHECK (document_type IN ('01', '03', '07', '08')),
    CONSTRAINT ck_electronic_documents_series CHECK (series ~ '^[A-Z0-9]{4}$'),
    CONSTRAINT ck_electronic_documents_correlative_number CHECK (correlative_number BETWEEN 1 AND 99999999),
    CONSTRAINT ck_electronic_documents_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_electronic_documents_amounts CHECK (total_amount >= 0 AND total_igv >= 0 AND total_gravado >= 0),
    CONSTRAINT ck_electronic_documents_sunat_status CHECK (sunat_status IN ('PENDING', 'SENT', 'ACCEPTED', 'OBSERVED',
                                                                           'REJECTED', 'VOIDED', 'ERROR')),
    CONSTRAINT ck_electronic_documents_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
CREATE INDEX ix_electronic_documents_order_id ON electronic_documents (order_id);
CREATE INDEX ix_electronic_documents_company_id ON electronic_documents (company_id, issue_date);
-- the SUNAT reconciliation job looks for documents still in flight
CREATE INDEX ix_electronic_documents_in_flight ON electronic_documents (sunat_status, created_at)
    WHERE sunat_status IN ('PENDING', 'SENT', 'ERROR');

CREATE SEQUENCE voided_documents_seq INCREMENT BY 50;
CREATE TABLE voided_documents (
    id            bigint       NOT NULL,
    document_id   bigint       NOT NULL,
    reason        varchar(255) NOT NULL,
    ticket_sunat  varchar(60),
    status        varchar(30)  NOT NULL DEFAULT 'PENDING',
    voided_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_voided_documents PRIMARY KEY (id),
    CONSTRAINT fk_voided_documents_document_id FOREIGN KEY (document_id) REFERENCES electronic_documents (id) ON DELETE RESTRICT,
    -- a document is voided at most once (model: 0..1)
    CONSTRAINT uq_voided_documents_document_id UNIQUE (document_id),
    -- SUNAT: VoidReasonDescription has at least 3 characters
    CONSTRAINT ck_voided_documents_reason CHECK (char_length(btrim(reason)) >= 3),
    CONSTRAINT ck_voided_documents_status CHECK (status IN ('PENDING', 'SENT', 'ACCEPTED', 'REJECTED'))
);


-- =====================================================================================================
-- 7. PROMOTIONS & NOTIFICATIONS
-- =====================================================================================================

CREATE SEQUENCE promotions_seq INCREMENT BY 50;
CREATE TABLE promotions (
    id               bigint        NOT NULL,
    name             varchar(200)  NOT NULL,
    type             varchar(30)   NOT NULL,
    value            numeric(14,2) NOT NULL DEFAULT 0, -- percent (0–100) for PERCENTAGE, amount in PEN for FIXED_AMOUNT
    start_date       timestamptz   NOT NULL,
    end_date         timestamptz,                      -- null: open-ended
    is_active        boolean       NOT NULL DEFAULT true,
    priority         integer       NOT NULL DEFAULT 0,
    conditions       jsonb,
    deleted_at       timestamptz,
    deleted_by       bigint,
    deletion_reason  text,
    CONSTRAINT pk_promotions PRIMARY KEY (id),
    CONSTRAINT fk_promotions_deleted_by FOREIGN KEY (deleted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_promotions_type CHECK (type IN ('PERCENTAGE', 'FIXED_AMOUNT', 'BUY_X_GET_Y', 'FREE_SHIPPING')),
    CONSTRAINT ck_promotions_value CHECK (value >= 0 AND (type <> 'PERCENTAGE' OR value <= 100)),
    CONSTRAINT ck_promotions_dates CHECK (end_date IS NULL OR end_date > start_date),
    CONSTRAINT ck_promotions_deletion_reason CHECK (deleted_at IS NULL OR deletion_reason IS NOT NULL)
);
CREATE INDEX ix_promotions_active_window ON promotions (start_date, end_date) WHERE is_active AND deleted_at IS NULL;

CREATE SEQUENCE coupons_seq INCREMENT BY 50;
CREATE TABLE coupons (
    id            bigint      NOT NULL,
    code          varchar(60) NOT NULL,
    promotion_id  bigint      NOT NULL,
    max_uses      integer,                           -- null: unlimited
    used_count    integer     NOT NULL DEFAULT 0,
    expires_at    timestamptz,
    CONSTRAINT pk_coupons PRIMARY KEY (id),
    -- a coupon code is never reused
    CONSTRAINT uq_coupons_code UNIQUE (code),
    CONSTRAINT fk_coupons_promotion_id FOREIGN KEY (promotion_id) REFERENCES promotions (id) ON DELETE CASCADE,
    CONSTRAINT ck_coupons_max_uses CHECK (max_uses IS NULL OR max_uses > 0),
    CONSTRAINT ck_coupons_used_count CHECK (used_count >= 0),
    CONSTRAINT ck_coupons_used_count_le_max_uses CHECK (max_uses IS NULL OR used_count <= max_uses)
);
CREATE INDEX ix_coupons_promotion_id ON coupons (promotion_id);

CREATE SEQUENCE order_promotions_seq INCREMENT BY 50;
CREATE TABLE order_promotions (
    id                 bigint        NOT NULL,
    order_id           bigint        NOT NULL,
    promotion_id       bigint        NOT NULL,
    coupon_id          bigint,
    amount_discounted  numeric(14,2) NOT NULL DEFAULT 0,
    CONSTRAINT pk_order_promotions PRIMARY KEY (id),
    CONSTRAINT fk_order_promotions_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_promotions_promotion_id FOREIGN KEY (promotion_id) REFERENCES promotions (id) ON DELETE RESTRICT,
    CONSTRAINT fk_order_promotions_coupon_id FOREIGN KEY (coupon_id) REFERENCES coupons (id) ON DELETE RESTRICT,
    CONSTRAINT ck_order_promotions_amount_discounted CHECK (amount_discounted >= 0)
);
CREATE INDEX ix_order_promotions_order_id ON order_promotions (order_id);
CREATE INDEX ix_order_promotions_promotion_id ON order_promotions (promotion_id);
CREATE INDEX ix_order_promotions_coupon_id ON order_promotions (coupon_id);

CREATE SEQUENCE notification_templates_seq INCREMENT BY 50;
CREATE TABLE notification_templates (
    id             integer      NOT NULL,
    template_id    varchar(100) NOT NULL,          -- logical key, e.g. "order.paid"
    channel        varchar(30)  NOT NULL,
    language       varchar(5)   NOT NULL DEFAULT 'es',
    subject        text,
    body_template  text         NOT NULL,
    is_active      boolean      NOT NULL DEFAULT true,
    CONSTRAINT pk_notification_templates PRIMARY KEY (id),
    CONSTRAINT uq_notification_templates_template_channel_language UNIQUE (template_id, channel, language),
    CONSTRAINT ck_notification_templates_channel CHECK (channel IN ('EMAIL', 'SMS', 'WHATSAPP', 'IN_APP')),
    CONSTRAINT ck_notification_templates_language CHECK (language IN ('es', 'en'))
);

CREATE SEQUENCE notifications_seq INCREMENT BY 50;
CREATE TABLE notifications (
    id                 bigint       NOT NULL,
    customer_id        bigint,                      -- recipient: a customer ...
    user_id            bigint,                      -- ... or a staff user
    notification_type  varchar(60)  NOT NULL,
    channel            varchar(30)  NOT NULL,
    status             varchar(30)  NOT NULL DEFAULT 'PENDING',
    payload            jsonb,
    -- notification_templates.template_id (logical key; no FK: a template is (template_id, channel, language))
    template_id        varchar(100),
    retry_count        integer      NOT NULL DEFAULT 0,
    scheduled_for      timestamptz,
    sent_at            timestamptz,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_notifications PRIMARY KEY (id),
    CONSTRAINT fk_notifications_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_notifications_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_notifications_channel CHECK (channel IN ('EMAIL', 'SMS', 'WHATSAPP', 'IN_APP')),
    CONSTRAINT ck_notifications_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    CONSTRAINT ck_notifications_retry_count CHECK (retry_count >= 0)
);
CREATE INDEX ix_notifications_customer_id ON notifications (customer_id);
CREATE INDEX ix_notifications_user_id ON notifications (user_id);
-- the delivery/retry job picks pending notifications that are due
CREATE INDEX ix_notifications_pending ON notifications (scheduled_for) WHERE status = 'PENDING';


-- =====================================================================================================
-- 6. SYSTEM CONFIG & REPORTING
-- =====================================================================================================

CREATE SEQUENCE system_settings_seq INCREMENT BY 50;
CREATE TABLE system_settings (
    id               integer       NOT NULL,
    setting_key      varchar(100)  NOT NULL,
    value            varchar(4000),                 -- longer than the usual 255: JSON values and ciphertext
    data_type        varchar(30)   NOT NULL DEFAULT 'STRING',
    description      text,
    is_encrypted     boolean       NOT NULL DEFAULT false,
    last_updated_by  bigint,
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_system_settings PRIMARY KEY (id),
    CONSTRAINT uq_system_settings_setting_key UNIQUE (setting_key),
    CONSTRAINT fk_system_settings_last_updated_by FOREIGN KEY (last_updated_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_system_settings_data_type CHECK (data_type IN ('STRING', 'INTEGER', 'DECIMAL', 'BOOLEAN', 'JSON'))
);

CREATE SEQUENCE materialized_reports_seq INCREMENT BY 50;
CREATE TABLE materialized_reports (
    id               bigint      NOT NULL,
    report_type      varchar(60) NOT NULL,
    report_date      date        NOT NULL,
    location_id      bigint,                         -- null: all locations
    aggregated_data  jsonb       NOT NULL,
    generated_at     timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz,
    CONSTRAINT pk_materialized_reports PRIMARY KEY (id),
    -- NULLS NOT DISTINCT: only one chain-wide (location_id null) report per type and date
    CONSTRAINT uq_materialized_reports_type_date_location UNIQUE NULLS NOT DISTINCT (report_type, report_date, location_id),
    CONSTRAINT fk_materialized_reports_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT
);
CREATE INDEX ix_materialized_reports_location_id ON materialized_reports (location_id);


-- =====================================================================================================
-- 9. PARTITIONS
--
-- inventory_movements and audit_logs: one partition per month, loyalty_movements: one per year, all on
-- created_at. Periods are calendar months/years in America/Lima (Peru has no DST: UTC-5), the time zone
-- of the business and of SUNAT dates. Names: <table>_yYYYYmMM / <table>_yYYYY, plus <table>_default.
--
-- colca_ensure_partitions(parent, periods_ahead) creates the partition of the current period and of the
-- periods_ahead following ones when missing (plus the default partition if it is missing) and returns
-- how many partitions it created; it is idempotent (a second call returns 0). The partition-maintenance
-- batch job calls it; this migration calls it for the current and the next period.
--
-- Rows in the default partition: an insert never fails because of a missing partition — it lands in
-- <table>_default. PostgreSQL refuses to create a partition whose range holds rows of the default
-- partition, so when that happens the function MOVES those rows: it creates the new partition as a
-- stand-alone table (LIKE the parent), moves the default partition's rows of that range into it
-- (DELETE ... RETURNING → INSERT, ids and created_at unchanged), then ATTACHes it (PostgreSQL creates
-- the indexes, primary key and foreign keys of the parent on it). The whole thing runs under an
-- ACCESS EXCLUSIVE lock on the parent, taken only when a partition is actually missing, so no
-- concurrent insert can slip a row into the default partition between the move and the attach.
-- =====================================================================================================

CREATE FUNCTION colca_ensure_partitions(parent text, periods_ahead int) RETURNS int
    LANGUAGE plpgsql
AS $$
DECLARE
    v_schema     text;
    v_unit       text;          -- 'month' | 'year'
    v_step       interval;
    v_first      timestamp;     -- start of the current period, Lima wall-clock time
    v_lo_local   timestamp;
    v_lo         timestamptz;
    v_hi         timestamptz;
    v_name       text;
    v_default    text := parent || '_default';
    v_has_rows   boolean;
    v_moved      bigint;
    v_created    int := 0;
BEGIN
    IF periods_ahead IS NULL OR periods_ahead < 0 THEN
        RAISE EXCEPTION 'colca_ensure_partitions: periods_ahead must be >= 0 (got %)', periods_ahead
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    v_unit := CASE parent
                  WHEN 'inventory_movements' THEN 'month'
                  WHEN 'audit_logs'          THEN 'month'
                  WHEN 'loyalty_movements'   THEN 'year'
              END;
    IF v_unit IS NULL THEN
        RAISE EXCEPTION 'colca_ensure_partitions: % is not a partitioned Colca table (inventory_movements, audit_logs, loyalty_movements)', parent
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    SELECT n.nspname INTO v_schema
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_partitioned_table p ON p.partrelid = c.oid
     WHERE c.oid = to_regclass(quote_ident(parent));
    IF v_schema IS NULL THEN
        RAISE EXCEPTION 'colca_ensure_partitions: table % not found or not partitioned', parent
            USING ERRCODE = 'undefined_table';
    END IF;

    v_step  := ('1 ' || v_unit)::interval;
    v_first := date_trunc(v_unit, now() AT TIME ZONE 'America/Lima');

    FOR i IN 0 .. periods_ahead LOOP
        v_lo_local := v_first + i * v_step;
        v_name := parent || '_y' || to_char(v_lo_local, 'YYYY')
                  || CASE WHEN v_unit = 'month' THEN 'm' || to_char(v_lo_local, 'MM') ELSE '' END;
        CONTINUE WHEN to_regclass(format('%I.%I', v_schema, v_name)) IS NOT NULL;

        -- Something to create: lock out concurrent writers (see the section comment), then look again
        -- (another session may have created it while we waited for the lock).
        EXECUTE format('LOCK TABLE %I.%I IN ACCESS EXCLUSIVE MODE', v_schema, parent);
        CONTINUE WHEN to_regclass(format('%I.%I', v_schema, v_name)) IS NOT NULL;

        -- the default partition comes first, so that rows outside every period never fail
        IF to_regclass(format('%I.%I', v_schema, v_default)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I.%I PARTITION OF %I.%I DEFAULT', v_schema, v_default, v_schema, parent);
            v_created := v_created + 1;
        END IF;

        v_lo := v_lo_local AT TIME ZONE 'America/Lima';
        v_hi := (v_lo_local + v_step) AT TIME ZONE 'America/Lima';

        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I WHERE created_at >= $1 AND created_at < $2)',
                       v_schema, v_default)
           INTO v_has_rows USING v_lo, v_hi;

        IF NOT v_has_rows THEN
            EXECUTE format('CREATE TABLE %I.%I PARTITION OF %I.%I FOR VALUES FROM (%L) TO (%L)',
                           v_schema, v_name, v_schema, parent, v_lo, v_hi);
        ELSE
            EXECUTE format('CREATE TABLE %I.%I (LIKE %I.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)',
                           v_schema, v_name, v_schema, parent);
            EXECUTE format('WITH moved AS (DELETE FROM %I.%I WHERE created_at >= $1 AND created_at < $2 RETURNING *) '
                           'INSERT INTO %I.%I SELECT * FROM moved',
                           v_schema, v_default, v_schema, v_name)
               USING v_lo, v_hi;
            GET DIAGNOSTICS v_moved = ROW_COUNT;
            EXECUTE format('ALTER TABLE %I.%I ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                           v_schema, parent, v_schema, v_name, v_lo, v_hi);
            RAISE NOTICE 'colca_ensure_partitions: moved % row(s) of % from % into the new partition %',
                v_moved, parent, v_default, v_name;
        END IF;
        v_created := v_created + 1;
    END LOOP;

    -- also when every period partition already exists, make sure the default partition does
    IF to_regclass(format('%I.%I', v_schema, v_default)) IS NULL THEN
        EXECUTE format('LOCK TABLE %I.%I IN ACCESS EXCLUSIVE MODE', v_schema, parent);
        IF to_regclass(format('%I.%I', v_schema, v_default)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I.%I PARTITION OF %I.%I DEFAULT', v_schema, v_default, v_schema, parent);
            v_created := v_created + 1;
        END IF;
    END IF;

    RETURN v_created;
END;
$$;

COMMENT ON FUNCTION colca_ensure_partitions(text, int) IS
    'Creates the missing partitions of inventory_movements/audit_logs (monthly) or loyalty_movements (yearly) for the current period (America/Lima) and periods_ahead following ones, plus the default partition; moves rows out of the default partition when needed. Returns how many partitions it created (0 when nothing was missing).';

CREATE TABLE inventory_movements_default PARTITION OF inventory_movements DEFAULT;
CREATE TABLE audit_logs_default PARTITION OF audit_logs DEFAULT;
CREATE TABLE loyalty_movements_default PARTITION OF loyalty_movements DEFAULT;

SELECT colca_ensure_partitions('inventory_movements', 1);
SELECT colca_ensure_partitions('audit_logs', 1);
SELECT colca_ensure_partitions('loyalty_movements', 1);


-- =====================================================================================================
-- 10. TABLE COMMENTS
-- =====================================================================================================

COMMENT ON TABLE products                  IS 'Producto del catálogo (ficha comercial); se vende a través de sus variantes.';
COMMENT ON TABLE product_variants          IS 'Variante vendible de un producto (SKU, código de barras, talla, color).';
COMMENT ON TABLE brands                    IS 'Marca de productos.';
COMMENT ON TABLE categories                IS 'Categoría del catálogo, jerárquica (parent_id).';
COMMENT ON TABLE product_images            IS 'Imágenes de un producto, ordenadas por display_order.';
COMMENT ON TABLE price_change_history      IS 'Historial de cambios de precio por variante, con quién, por qué y el origen.';
COMMENT ON TABLE locations                 IS 'Tienda o almacén; tiene stock y, si allows_sales, vende.';
COMMENT ON TABLE inventory_stock           IS 'Stock por variante y local: físico, reservado y disponible (columna generada); bloqueo optimista.';
COMMENT ON TABLE inventory_reservations    IS 'Reservas temporales de stock con vencimiento (expires_at); un barrido libera las vencidas.';
COMMENT ON TABLE inventory_movements       IS 'Kárdex: cada entrada, salida o traslado de stock; particionada por mes.';
COMMENT ON TABLE inventory_audit_snapshots IS 'Fotos del stock (programadas, conteos, manuales) con la discrepancia encontrada.';
COMMENT ON TABLE inventory_alerts          IS 'Umbral mínimo de stock por variante y local para alertas de reposición.';
COMMENT ON TABLE customers                 IS 'Cliente (persona o empresa) identificado por su documento (DNI, RUC, CE, pasaporte).';
COMMENT ON TABLE customer_merge_log        IS 'Registro de fusiones de clientes duplicados, con la foto del cliente absorbido.';
COMMENT ON TABLE customer_addresses        IS 'Direcciones de entrega de un cliente.';
COMMENT ON TABLE loyalty_accounts          IS 'Cuenta de puntos de fidelidad de un cliente (una por cliente); bloqueo optimista.';
COMMENT ON TABLE loyalty_movements         IS 'Movimientos de puntos (acumulación, canje, vencimiento, ajuste); particionada por año.';
COMMENT ON TABLE customer_wallets          IS 'Monedero (saldo a favor) de un cliente (uno por cliente); bloqueo optimista.';
COMMENT ON TABLE wallet_transactions       IS 'Movimientos del monedero de un cliente.';
COMMENT ON TABLE orders                    IS 'Pedido o venta (POS, web, API) con sus totales y estados; bloqueo optimista.';
COMMENT ON TABLE order_status_transitions  IS 'Máquina de estados del pedido: transiciones permitidas, permiso requerido y si requieren aprobación.';
COMMENT ON TABLE order_status_history      IS 'Historial de cambios de estado de cada pedido (quién, cuándo, por qué, desde qué IP).';
COMMENT ON TABLE order_items               IS 'Líneas de un pedido.';
COMMENT ON TABLE payments                  IS 'Pagos de un pedido, idempotentes por idempotency_key; bloqueo optimista.';
COMMENT ON TABLE cash_sessions             IS 'Turno de caja de un cajero en un local (apertura, cierre, arqueo); bloqueo optimista.';
COMMENT ON TABLE cash_movements            IS 'Movimientos de efectivo de un turno de caja.';
COMMENT ON TABLE electronic_documents      IS 'Comprobantes electrónicos SUNAT (factura, boleta, notas) y su estado ante SUNAT.';
COMMENT ON TABLE document_sequences        IS 'Correlativos por empresa, tipo de comprobante y serie (sin saltos); bloqueo optimista.';
COMMENT ON TABLE companies                 IS 'Empresa emisora (RUC, razón social, certificado, credenciales SOL cifradas).';
COMMENT ON TABLE voided_documents          IS 'Comunicaciones de baja de comprobantes ante SUNAT.';
COMMENT ON TABLE system_settings           IS 'Parámetros del sistema (clave, valor tipado, cifrado opcional).';
COMMENT ON TABLE materialized_reports      IS 'Reportes precalculados por tipo, fecha y local (null = todos los locales).';
COMMENT ON TABLE promotions                IS 'Promociones (porcentaje, monto fijo, NxM, envío gratis) con vigencia y condiciones.';
COMMENT ON TABLE notifications             IS 'Notificaciones a clientes o usuarios por canal, con estado y reintentos.';
COMMENT ON TABLE notification_templates    IS 'Plantillas de notificación por plantilla, canal e idioma.';
COMMENT ON TABLE coupons                   IS 'Cupones de una promoción, con usos máximos y vencimiento.';
COMMENT ON TABLE order_promotions          IS 'Promociones (y cupones) aplicadas a un pedido y el descuento obtenido.';
COMMENT ON TABLE users                     IS 'Usuarios del back office (consola y API); contraseña en bcrypt.';
COMMENT ON TABLE roles                     IS 'Roles: conjuntos de permisos asignables a usuarios.';
COMMENT ON TABLE permissions               IS 'Permisos: cada slug es un rol de seguridad que el código verifica (@RolesAllowed).';
COMMENT ON TABLE role_permissions          IS 'Permisos otorgados a cada rol.';
COMMENT ON TABLE user_roles                IS 'Roles asignados a cada usuario.';
COMMENT ON TABLE audit_logs                IS 'Bitácora de auditoría: quién cambió qué, valores anteriores y nuevos, IP; particionada por mes.';

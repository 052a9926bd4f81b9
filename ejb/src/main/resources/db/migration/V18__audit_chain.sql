-- An audit trail that can be trusted (issue 10).
--
-- audit_logs.correlation_id   the request's id (X-Request-Id, or one the server made up), so the rows
--                             of one request can be found together and matched with the server log.
-- audit_logs.seq / prev_hash / row_hash
--                             the hash chain. A business transaction inserts its row as before, with
--                             these three NULL (no global lock on the chain's tail in the hot paths);
--                             after the commit a single sealer (AuditSealer: advisory lock, so one node
--                             at a time) takes the unsealed rows in id order and fills seq (1, 2, 3 ...),
--                             prev_hash (row_hash of seq - 1, 64 zeros for seq 1) and row_hash =
--                             SHA-256 of the row's canonical content and prev_hash (AuditChain). The
--                             verification recomputes the chain and reports the first broken link.
--
-- Append-only for the application: the trigger refuses every DELETE and every UPDATE except the
-- sealing one (seq, prev_hash and row_hash go from NULL to a value once; nothing else changes), and
-- TRUNCATE. The only other writer is partition maintenance, which moves rows out of the default
-- partition (DELETE ... RETURNING → INSERT into the new partition, same values, hashes included): it
-- announces it with the transaction-local setting colca.audit_partition_move, set by
-- colca_ensure_partitions only around that statement. The trigger stops the application and mistakes;
-- a database owner can still disable it, which the hash chain then exposes.

ALTER TABLE audit_logs
    ADD COLUMN correlation_id varchar(64),
    ADD COLUMN seq            bigint,
    ADD COLUMN prev_hash      varchar(64),
    ADD COLUMN row_hash       varchar(64),
    ADD CONSTRAINT ck_audit_logs_sealed_together
        CHECK ((seq IS NULL AND prev_hash IS NULL AND row_hash IS NULL)
            OR (seq IS NOT NULL AND prev_hash IS NOT NULL AND row_hash IS NOT NULL));

-- the chain's tail and the verification walk go by seq; the sealer finds the unsealed rows by id
CREATE INDEX ix_audit_logs_seq ON audit_logs (seq) WHERE seq IS NOT NULL;
CREATE INDEX ix_audit_logs_unsealed ON audit_logs (id) WHERE row_hash IS NULL;
CREATE INDEX ix_audit_logs_correlation_id ON audit_logs (correlation_id) WHERE correlation_id IS NOT NULL;

CREATE FUNCTION colca_audit_logs_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF current_setting('colca.audit_partition_move', true) = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'UPDATE'
       AND OLD.row_hash IS NULL AND OLD.seq IS NULL AND OLD.prev_hash IS NULL
       AND NEW.row_hash IS NOT NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL
       AND NEW.id = OLD.id
       AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id
       AND NEW.action = OLD.action
       AND NEW.entity_table IS NOT DISTINCT FROM OLD.entity_table
       AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
       AND NEW.old_values IS NOT DISTINCT FROM OLD.old_values
       AND NEW.new_values IS NOT DISTINCT FROM OLD.new_values
       AND NEW.ip_address IS NOT DISTINCT FROM OLD.ip_address
       AND NEW.correlation_id IS NOT DISTINCT FROM OLD.correlation_id
       AND NEW.created_at = OLD.created_at THEN
        RETURN NEW; -- the sealing: the hash columns filled once
    END IF;
    RAISE EXCEPTION 'audit_logs is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'audit rows are never changed or removed; only the sealer fills seq, prev_hash and row_hash once';
END;
$$;

CREATE TRIGGER trg_audit_logs_append_only
    BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION colca_audit_logs_append_only();

CREATE FUNCTION colca_audit_logs_no_truncate() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_logs is append-only: TRUNCATE refused' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER trg_audit_logs_no_truncate
    BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION colca_audit_logs_no_truncate();

COMMENT ON COLUMN audit_logs.seq IS 'Posición en la cadena de hashes (1, 2, 3 ...); NULL hasta que el sellador la encadena';
COMMENT ON COLUMN audit_logs.prev_hash IS 'row_hash de la fila seq - 1 (64 ceros para la primera)';
COMMENT ON COLUMN audit_logs.row_hash IS 'SHA-256 (hex) del contenido canónico de la fila y prev_hash';
COMMENT ON COLUMN audit_logs.correlation_id IS 'Identificador de la solicitud (X-Request-Id) que escribió la fila';

-- Partition maintenance (V1) unchanged except that it announces its move of default-partition rows.
CREATE OR REPLACE FUNCTION colca_ensure_partitions(parent text, periods_ahead int) RETURNS int
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
            -- the rows move unchanged (hashes included): the append-only trigger of audit_logs lets this
            -- one statement through (V18)
            PERFORM set_config('colca.audit_partition_move', 'on', true);
            EXECUTE format('WITH moved AS (DELETE FROM %I.%I WHERE created_at >= $1 AND created_at < $2 RETURNING *) '
                           'INSERT INTO %I.%I SELECT * FROM moved',
                           v_schema, v_default, v_schema, v_name)
               USING v_lo, v_hi;
            GET DIAGNOSTICS v_moved = ROW_COUNT;
            PERFORM set_config('colca.audit_partition_move', 'off', true);
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

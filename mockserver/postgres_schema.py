"""The PostgreSQL store's tables and functions, versioned: `migrate` brings a database up to
`SCHEMA_VERSION` (under an advisory lock, so workers starting together do it once) and refuses a
database newer than this mock."""

from __future__ import annotations

from typing import Any

import psycopg

__all__ = ["CONFLICT", "SCHEMA_VERSION", "SchemaTooNewError", "migrate"]

CONFLICT = "MK409"  # the SQLSTATE our functions raise for a failed version check
_MIGRATE_LOCK = 0x6D6F636B  # pg_advisory_xact_lock key: "mock"

# Each entry upgrades the schema by one version; never edit a released one, append another.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE mock_records (
            seq bigserial NOT NULL,
            namespace text NOT NULL,
            resource text NOT NULL,
            id text NOT NULL,
            parent text NOT NULL,
            body bytea NOT NULL,
            version bigint NOT NULL,
            PRIMARY KEY (namespace, resource, id)
        )
        """,
        # No second index for lists (they read the primary key's (namespace, resource) prefix and sort
        # by seq): with one, an unanalysed table had reads by id scan the whole resource (measured).
        "CREATE TABLE mock_revisions (namespace text PRIMARY KEY, revision bigint NOT NULL)",
        # One revision row per namespace: bumping it locks it until the commit (serialises writers).
        """
        CREATE FUNCTION mock_bump(ns text) RETURNS bigint LANGUAGE sql AS $$
            INSERT INTO mock_revisions AS r (namespace, revision) VALUES (ns, 1)
            ON CONFLICT (namespace) DO UPDATE SET revision = r.revision + 1 RETURNING revision
        $$
        """,
        # ON CONFLICT keeps `seq`, so an update keeps the record's place in lists.
        """
        CREATE FUNCTION mock_apply(
            ns text, at_revision bigint, kinds text[], resources text[], ids text[], parents text[],
            bodies bytea[], expects bigint[]
        ) RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE
            rev bigint := mock_bump(ns);
            found bigint;
        BEGIN
            IF at_revision IS NOT NULL AND rev <> at_revision + 1 THEN
                RAISE EXCEPTION USING ERRCODE = 'MK409',
                    MESSAGE = json_build_array('', ns, at_revision, rev - 1)::text;
            END IF;
            FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP
                CONTINUE WHEN expects[i] IS NULL;
                found := coalesce((SELECT version FROM mock_records
                    WHERE namespace = ns AND resource = resources[i] AND id = ids[i]), 0);
                IF found <> expects[i] THEN
                    RAISE EXCEPTION USING ERRCODE = 'MK409',
                        MESSAGE = json_build_array(resources[i], ids[i], expects[i], found)::text;
                END IF;
            END LOOP;
            FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP
                IF kinds[i] = 'put' THEN
                    INSERT INTO mock_records (namespace, resource, id, parent, body, version)
                    VALUES (ns, resources[i], ids[i], parents[i], bodies[i], rev)
                    ON CONFLICT (namespace, resource, id) DO UPDATE
                    SET parent = excluded.parent, body = excluded.body, version = excluded.version;
                ELSE
                    DELETE FROM mock_records WHERE namespace = ns AND resource = resources[i] AND id = ids[i];
                END IF;
            END LOOP;
            RETURN rev;
        END
        $$
        """,
        # A delete advances the revision only when it removed something: 0 when nothing was there.
        """
        CREATE FUNCTION mock_delete(ns text, res text, key text) RETURNS bigint LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM mock_records WHERE namespace = ns AND resource = res AND id = key;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            RETURN mock_bump(ns);
        END
        $$
        """,
        """
        CREATE FUNCTION mock_clear(ns text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF ns IS NULL THEN
                DELETE FROM mock_records;
                UPDATE mock_revisions SET revision = revision + 1;
            ELSE
                DELETE FROM mock_records WHERE namespace = ns;
                PERFORM mock_bump(ns);
            END IF;
        END
        $$
        """,
    ),
)
SCHEMA_VERSION = len(_MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The database was set up by a newer mock: this one would misread it."""


def migrate(db: psycopg.Connection[Any], where: str) -> None:
    """Bring the database `where` names up to `SCHEMA_VERSION`, or refuse one that is newer."""
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
        db.execute(
            "CREATE TABLE IF NOT EXISTS mock_schema "
            "(version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"
        )
        row = db.execute("SELECT coalesce(max(version), 0) FROM mock_schema").fetchone()
        current = int(row[0]) if row is not None else 0
        if current > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"the database {where} has schema version {current}, newer than this mock "
                f"knows ({SCHEMA_VERSION}): upgrade the mock, or use another database"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for statement in _MIGRATIONS[version - 1]:
                db.execute(statement)  # our constant SQL
            db.execute("INSERT INTO mock_schema (version) VALUES (%s)", (version,))

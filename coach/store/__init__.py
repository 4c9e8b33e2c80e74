"""Persistence in one local SQLite file: durable, migrated by version, backed up daily. No Qt here."""

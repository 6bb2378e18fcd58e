"""Keeping a library folder alive: opening and migrating, durable writes, backups, recovery,
and the crash points the kill tests use. Nothing here knows about use cases."""

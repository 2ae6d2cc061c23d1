"""The archive: one SQLite file, its schema and everything written to it.

Owns: the `Archive` (articles, detections, sources' fetch state, bases; `archive`), the
numbered migrations (`migrations`), incidents and reports in the archive (`casebook`), the
alert outbox (`outbox`, held by the Archive) and the lock and ISO dates they share
(`dbutil`). Each table has one owner: `sources`, `articles`, `detections` and `bases` the
Archive; `reports`, `incidents` and `incident_articles` the casebook; `alerts` the Outbox.

May import: `monitor.detect`, `monitor.config`, `monitor.models`, `monitor.errors`.

Used by: `monitor.alerts` (the outbox), `monitor.service` (storing what was fetched),
`monitor.cli` and `monitor.demo` (opening an archive).
"""

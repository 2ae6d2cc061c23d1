"""The archive: one SQLite file, its schema and everything written to it.

Owns: the `Archive` (articles, detections, sources' fetch state, bases; `archive`), what
file may be opened and how, and its integrity check (`archivefile`), the numbered
migrations (`migrations`), incidents and reports in the archive (`casebook`), the alert
outbox (`outbox`, held by the Archive), re-matching (`rematching`), pruning and the write
probe (`upkeep`), and what they share: the lock, write transactions, SQLite errors as
basewatch errors, ISO dates (`dbutil`). Each table has one owner: `sources`, `articles`,
`detections` and `bases` the Archive; `reports`, `incidents` and `incident_articles` the
casebook; `alerts` the Outbox; `maintenance` upkeep.

May import: `monitor.detect`, `monitor.config`, `monitor.models`, `monitor.errors`.

Used by: `monitor.alerts` (the outbox), `monitor.service` (storing what was fetched),
`monitor.cli` and `monitor.demo` (opening an archive).
"""

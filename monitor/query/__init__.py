"""Reading the archive: the questions users ask it and the shapes the answers take.

Owns: read-only SQL for incidents, one incident, full-text search and counts (`queries`),
CSV, JSON and GeoJSON exports (`exports`), plain-text and JSON views of rows and detections
(`views`) and the Datasette metadata of `basewatch serve` (`web`).

May import: `monitor.detect`, `monitor.config`, `monitor.models`, `monitor.errors`; it reads
the archive's tables through a connection it is given and never writes.

Used by: `monitor.cli` (incidents, show, search, stats, export, serve) and `monitor.demo`.
"""

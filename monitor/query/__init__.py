"""Reading the archive: the questions users ask it and the shapes the answers take.

Owns: read-only SQL for incidents, one incident, full-text search and counts (`queries`),
CSV, JSON and GeoJSON exports (`exports`), plain-text and JSON views of rows and detections
(`views`), what `basewatch status` reads of the archive (`status`), incidents per week by
country as an SVG chart (`chart`), and `basewatch serve`: the archive in Datasette,
read-only, with its metadata (`web`), the SQLite authorizer that keeps hidden tables unread
(`webguard`) and the chart beside the map (`webchart`).

May import: `monitor.detect`, `monitor.config`, `monitor.models`, `monitor.errors`; it reads
the archive's tables through a connection it is given, or opens it read-only, and never
writes.

Used by: `monitor.cli` (incidents, show, search, stats, export, serve, status) and `monitor.demo`.
"""

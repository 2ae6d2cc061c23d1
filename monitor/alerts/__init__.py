"""Alerts: sending what the outbox holds through apprise, and what the messages say.

Owns: the dispatcher that sends due alerts, retries with backoff, dead-letters and raises
operator alerts (`dispatch`), and the chat, email and digest messages (`templates`).

May import: `monitor.store` (the outbox), `monitor.detect`, `monitor.config`,
`monitor.models`, `monitor.errors`.

Used by: `monitor.service` (delivery rounds of the daemon), `monitor.cli` (`test-alert`).
"""

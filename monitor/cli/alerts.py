"""`basewatch alerts`: the alert outbox, and making failed alerts due again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from monitor.cli.common import archive_option, config_option, handle_errors, open_archive
from monitor.cli.output import emit, format_option
from monitor.errors import InputError
from monitor.query.formats import short_time

RETRY_HINT = "`basewatch alerts --status failed` and `--status dead` list the alerts to retry"


def _refusal(alert_id: int, state: dict[str, Any] | None) -> str | None:
    """Why alert `alert_id` cannot be retried (None: it can)."""
    if state is None:
        return f"alert {alert_id} does not exist"
    if state["status"] == "sent":
        return f"alert {alert_id} was sent at {short_time(state['sent_at'])}"
    if state["status"] == "pending":
        return f"alert {alert_id} is pending: the next delivery sends it"
    if state["status"] == "merged":
        return f"alert {alert_id} was not sent: its incident merged into one already alerted"
    return None


def _retry(store: Any, ids: tuple[int, ...]) -> None:
    """Make `ids` (none: every failed and dead alert) due again; InputError, retrying none,
    when one of them does not exist or is not failed or dead."""
    from monitor.query import queries
    from monitor.service.daemon import utcnow

    states = queries.alert_states(store.db, list(ids)) if ids else {}
    refused = [r for r in (_refusal(i, states.get(i)) for i in dict.fromkeys(ids)) if r]
    if refused:
        raise InputError(
            "nothing retried: " + "; ".join(refused) + " (only failed and dead alerts are)",
            hint=RETRY_HINT,
        )
    count = store.outbox.retry(list(ids), utcnow())
    if not count:
        click.echo("No failed or dead alert to retry.")
        return
    click.echo(
        f"{count} alert(s) due again: the running daemon's next delivery sends them, "
        "or `basewatch run --once`"
    )


@click.command()
@config_option
@archive_option
@click.option(
    "--status",
    type=click.Choice(["pending", "sent", "failed", "dead", "merged"]),
    help="Only alerts in this state.",
)
@click.option("--limit", default=100, show_default=True, help="Most alerts shown (0: all).")
@click.option("--retry", "retry_ids", multiple=True, type=int, help="Make this alert due again.")
@click.option("--retry-all", is_flag=True, help="Make every failed and dead alert due again.")
@format_option()
@handle_errors
def alerts(
    config_path: Path,
    archive_path: Path | None,
    status: str | None,
    limit: int,
    retry_ids: tuple[int, ...],
    retry_all: bool,
    fmt: str,
) -> None:
    """List the alert outbox (pending, sent, failed, dead, merged), newest first, or retry failed
    alerts (exit 2, retrying none, when one given does not exist or was sent).

    A retried alert is sent by the running daemon's next delivery, or by `run --once`."""
    from monitor.query import queries
    from monitor.query.records import alert_listing

    retrying = bool(retry_ids or retry_all)
    with open_archive(config_path, archive_path, write=retrying) as store:
        if retrying:
            _retry(store, () if retry_all else retry_ids)
            return
        rows = store.outbox.recent(status, limit or -1)
        total, everything = queries.alert_count(store.db, status), queries.alert_count(store.db)
    empty = f"No {status} alerts ({everything} in the outbox)." if status else ""
    emit(alert_listing(rows, total=total, empty=empty or "The outbox is empty."), fmt)

"""A Datasette plugin that `basewatch serve` registers: on the incidents table, beside the
map, a chart of incidents per week by country (`monitor.query.chart`), drawn on the server
as inline SVG. The browser needs nothing from elsewhere: no script library, no CDN."""

from __future__ import annotations

import json
from typing import Any

from datasette import hookimpl

from monitor.query.chart import svg, weekly_from

# puts the chart above the table (the map, a module script, goes between the two)
_PLACE = """(function () {
  var anchor = document.querySelector(".table-wrapper") ||
    document.querySelector("table.rows-and-columns");
  if (!anchor) { return; }
  var figure = document.createElement("figure");
  figure.id = "incidents-per-week";
  figure.style.margin = "0 0 1em 0";
  figure.innerHTML = "<figcaption><strong>Incidents per week, by country</strong> " +
    "(every incident in the archive; filters apply to the table and the map)</figcaption>" +
    %s;
  anchor.parentNode.insertBefore(figure, anchor);
})();"""


@hookimpl
def extra_body_script(view_name: str, database: str, table: str, datasette: Any) -> Any:
    if view_name != "table" or table != "incidents":
        return None

    async def script() -> str:
        data = await datasette.get_database(database).execute_fn(weekly_from)
        # a JSON string is a JavaScript string; "</" must not end the <script> element
        return _PLACE % json.dumps(svg(data)).replace("</", "<\\/")

    return script()

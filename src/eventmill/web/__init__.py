"""`eventmill serve`: a local web dashboard (map, timeline, table, article evidence) and JSON API over
the DuckDB event store. Needs the `[web]` extra (FastAPI, uvicorn): pip install 'eventmill[web]'.

- `queries`: the plain query functions (events, points, stats, articles, incidents);
- `filters`: the query parameters, checked, as a WHERE clause of bound parameters;
- `db`: one shared read-only connection, with a time limit, taking turns with a running `eventmill run`;
- `app`: the FastAPI app; `headers`: the security headers; `static/`: the pages and vendored libraries.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(
    db: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout_s: float = 10.0, idle_close_s: float = 5.0
) -> None:
    """Serve the dashboard and API over `db` until interrupted."""
    from eventmill.corpus.extras import require

    require("fastapi", "web")
    uvicorn = require("uvicorn", "web")
    from eventmill.web.app import create_app
    from eventmill.web.db import Database

    Database(db, timeout_s).check()
    # on the loopback interface, answer only requests addressed to it (no DNS rebinding)
    hosts = ["127.0.0.1", "localhost", "[::1]"] if host in LOOPBACK else None
    app = create_app(db, timeout_s=timeout_s, allowed_hosts=hosts, idle_close_s=idle_close_s)
    shown = f"[{host}]" if ":" in host else host
    print(f"eventmill: serving {db} on http://{shown}:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")

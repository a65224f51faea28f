"""Optional dependencies (pip extras): `[formats]` for HTML, WARC and feeds, `[dask]` for clusters."""

from __future__ import annotations

import importlib
from types import ModuleType

from eventmill.errors import ResourceError


def require(module: str, extra: str) -> ModuleType:
    """Import an optional dependency, or fail with the pip command that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ResourceError(
            f"{module} is not installed (needed here: {exc}); install it with: pip install 'eventmill[{extra}]'"
        ) from None

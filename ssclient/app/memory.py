"""Large object graphs (a 100,000-person unit's 400,000 payment lines) without freezing the window: the
store's helpers, for the windows, which reach the store only through this layer."""

from __future__ import annotations

from ssclient.store.session import collector_paused, release_in_slices

__all__ = ["collector_paused", "release_in_slices"]

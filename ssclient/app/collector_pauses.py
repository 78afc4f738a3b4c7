"""Whether the garbage collector is paused for a large read (store.session.collector_paused), for the window
layer's collector (gui.collector), which runs the collections itself and must leave a pause alone."""

from __future__ import annotations

from ssclient.store.session import collector_pause_state

__all__ = ["collector_pause_state"]

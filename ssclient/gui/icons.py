"""The application icon, from resources/icons (ssclient.svg is its source; ssclient.png drawn from it)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap

from ssclient import assets


@cache
def app_icon() -> QIcon:
    # The PNG: drawing the SVG would load Qt's SVG engine on the way to the first window.
    return QIcon(str(assets.resource("icons", "ssclient.png")))


def app_pixmap(size: int) -> QPixmap:
    return app_icon().pixmap(size, size)

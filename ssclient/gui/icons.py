"""The application icon, from resources/icons (SVG where Qt can draw it, PNG otherwise)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap

from ssclient import assets


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    icon.addFile(str(assets.resource("icons", "ssclient.svg")))
    icon.addFile(str(assets.resource("icons", "ssclient.png")))
    return icon


def app_pixmap(size: int) -> QPixmap:
    return app_icon().pixmap(size, size)

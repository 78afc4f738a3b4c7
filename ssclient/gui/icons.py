"""The application icon, from resources/icons (ssclient.svg is its source; ssclient.png drawn from it)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QImageReader, QPixmap

from ssclient import assets


@cache
def app_icon() -> QIcon:
    # The PNG: drawing the SVG would load Qt's SVG engine on the way to the first window. Read as PNG, not
    # QIcon(path): that asks every image-format plugin whether it reads the file, loading each (about 1 ms).
    # Set up by setters: the constructor's overloads would build QIODevice's enums to tell them apart.
    reader = QImageReader()
    reader.setFileName(str(assets.resource("icons", "ssclient.png")))
    reader.setFormat(b"png")
    reader.setAutoDetectImageFormat(False)
    return QIcon(QPixmap.fromImageReader(reader))  # not through a QImage: its Python class builds enums too


def app_pixmap(size: int) -> QPixmap:
    return app_icon().pixmap(size, size)

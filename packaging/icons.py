"""Render the app's icon (resources/icons/fieldapp.svg) into the files each platform wants."""

from __future__ import annotations

import os
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path) -> Path:
    """PNG files of every size, fieldapp.png (256), fieldapp.ico and fieldapp.icns, in out."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build: {svg} is not a drawable SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"fieldapp-{size}.png"))
    (out / "fieldapp.png").write_bytes((out / "fieldapp-256.png").read_bytes())
    largest = Image.open(out / "fieldapp-512.png")
    largest.save(out / "fieldapp.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "fieldapp.icns")
    return out

"""Fixtures for the document tests: the shared font set and a renderer of sample documents into tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from unionoffice.documents.fonts import FontSet, default_fonts
from unionoffice.documents.samples import render_sample
from unionoffice.documents.templates import DocumentKind, Template


@pytest.fixture
def fonts() -> FontSet:
    return default_fonts()


@pytest.fixture
def render(tmp_path: Path) -> Callable[..., Path]:
    """render(kind, count=1, template=None) → path of the PDF written with sample data."""

    def _render(kind: DocumentKind | str, count: int = 1, template: Template | None = None) -> Path:
        path = tmp_path / f"{DocumentKind(kind).value}-{count}.pdf"
        render_sample(kind, count, path, template)
        return path

    return _render

"""Printed documents (reportlab): fonts with fallback, layout primitives, one module per document kind."""

"""Certificate issuing and document templates (public to every feature that prints)."""

"""Certificate rules: verification codes."""

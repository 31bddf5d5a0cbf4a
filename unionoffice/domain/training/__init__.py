"""Training rules: marks, hours, completion, waiting list."""

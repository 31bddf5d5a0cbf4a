"""Skill-competition rules: score parsing, weights, ranking with ties and boundary flags, prize bands, grade steps."""

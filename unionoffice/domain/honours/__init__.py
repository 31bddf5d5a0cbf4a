"""Honours rules: honour types, recipients and bases, the competition-winner quota, the decision's name list."""

"""Demo data: a district with members, unions and a year of each feature's records."""

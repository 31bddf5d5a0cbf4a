"""The dashboard (the year at a glance): one SQL aggregate per section, and the list behind every figure.

Public to other features (stable names): `figures` (`year_dashboard`, read by services/reporting for the annual work
report) and `drill` (the list behind a figure, as a `ListDocument`)."""

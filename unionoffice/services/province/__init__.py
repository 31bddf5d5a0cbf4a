"""The province: a district's package upward (package_rows, export), and at the province its consolidation on
PostgreSQL, the conflict report and statistics across districts. `statistics` is public to services/reporting."""

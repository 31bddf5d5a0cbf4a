"""Use cases: one transaction each, permission checks and the audit trail. Never imports Qt."""

"""Administration: users, audit trail, backups."""

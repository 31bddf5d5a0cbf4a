"""Aid casework services (帮扶): standards, hardship files, programmes and rules, applications and their workflow,
documents, import, statistics, recuperation and loans.

Public to other features (stable names): `reports` (rows of the upward aid reports, read by services/reporting)
and `member_aid` (a member's hardship file and aid history, read by the member page's tab)."""

"""The aid page (帮扶救助): programmes and budgets, applications and their workflow, household files,
recuperation and loans; editors and dialogs."""

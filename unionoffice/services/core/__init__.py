"""Shared services: who is acting, long-job plumbing, audit trail, accounts, backups, start-up."""

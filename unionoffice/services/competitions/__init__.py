"""Skill competitions: events and stages, entries, score entry and import, ranking with ties decided by a person,
final results (written to the members' distinctions), follow-ons, award documents, labour competitions.

Nothing here is for other features to import: they read competition winners from services/members/distinctions.py
(kind 竞赛获奖, source_type "competition_entry"), which the final results write (docs/competitions.md)."""

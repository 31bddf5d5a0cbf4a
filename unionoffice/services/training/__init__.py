"""Craftsman-academy training: classes, enrolment, attendance, completion, documents, statistics."""

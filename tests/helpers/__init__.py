"""Plain helpers the tests share (builders of people, sheets, PDFs checks); fixtures live in conftest.py files."""

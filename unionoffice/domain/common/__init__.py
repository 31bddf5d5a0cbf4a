"""Rules every feature uses: ID numbers, phones, credit codes, dates, permissions, errors."""

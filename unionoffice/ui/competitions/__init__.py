"""The competitions page, its score grid and dialogs, and a member's competition tab."""

"""Aid casework rules (帮扶): hardship categories, the application workflow, eligibility rules, 大写 amounts, loans."""

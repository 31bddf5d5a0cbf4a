"""The province page (省级汇总): consolidate district packages, trusted keys, statistics and conflicts by district."""

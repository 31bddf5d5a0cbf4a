"""Member rules: field checks, membership lifecycle, dictionaries, pinyin of names."""

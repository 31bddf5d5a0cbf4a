"""The district → province package: workbooks and columns, district codes, conflicts (docs/provincial-package.md)."""

"""The provincial package as files: manifest, signature, encryption, workbooks (docs/provincial-package.md)."""

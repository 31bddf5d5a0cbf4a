"""Certificate issuing and document templates, public to every feature that prints: issuing (numbers unique
for ever, 补发, printing), verifying, templates, office (the settings documents print), merge (mail merge);
numbering is this package's own. How a feature issues a document: docs/documents.md."""

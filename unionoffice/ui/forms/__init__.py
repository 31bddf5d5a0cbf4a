"""Classes generated from forms/*.ui by tools/build_forms.py — never edited by hand."""

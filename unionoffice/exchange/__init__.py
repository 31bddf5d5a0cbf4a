"""Spreadsheet exchange: reading what offices keep (xlsx, xls, csv) and writing what the province asks for."""

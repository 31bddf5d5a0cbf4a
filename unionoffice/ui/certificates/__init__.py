"""Document templates editor and certificate verification."""

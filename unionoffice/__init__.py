"""UnionOffice: the desktop program of a district trade-union office (区/县总工会)."""

__version__ = "0.1.0"
APP_NAME = "UnionOffice"
APP_AUTHOR = "UnionOffice"

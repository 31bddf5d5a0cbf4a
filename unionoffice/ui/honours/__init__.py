"""The honours page: honour lists per year, the live quota, certificates and the commendation decision."""

"""The data exchange page: import wizard and exports."""

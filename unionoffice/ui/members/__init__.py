"""The member registry page, its table model, the member and union editors."""

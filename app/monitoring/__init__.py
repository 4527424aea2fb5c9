"""What a monitoring system scrapes: counts of the line's state, never a person's data."""

"""Building blocks used by two or more rooms, and the theme."""

"""Today: the check-in, what was recorded, the plan card, dose suggestions and the safety banner."""

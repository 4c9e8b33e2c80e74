"""Settings: general settings, reminders and About."""

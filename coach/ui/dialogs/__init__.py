"""Dialogs: the first run, check-in, symptoms, heat safety, data actions and the clinician report."""

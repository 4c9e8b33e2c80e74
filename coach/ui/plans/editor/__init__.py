"""The plan editor for clinicians."""

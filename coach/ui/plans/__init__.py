"""Opening and adopting clinician plans, the plan view, and the editor for clinicians."""

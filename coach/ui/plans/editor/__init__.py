"""The plan editor for clinicians: `dialog.py` (open, check, preview, save) over one module per tab
(`details`, `routines` with `steps`, `schedule`, `heat`, `progression`, `exercises`), which share
the draft through `model.py`; `fields.py` holds the field widgets, `problems.py` the list of
problems that stop a save, `preview.py` the patient's view."""

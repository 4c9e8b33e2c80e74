"""`python -m coach` runs the same command line as the `coach` script."""

import sys

from coach.cli import main

sys.exit(main())

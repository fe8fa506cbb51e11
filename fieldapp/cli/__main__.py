"""python -m fieldapp.cli, as the single-file CLI allowed before it became a package."""

import sys

from fieldapp.cli import main

sys.exit(main())

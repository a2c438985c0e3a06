"""`python -m ppid_mailer` is the same as the `ppid-mailer` command."""

import sys

from ppid_mailer.cli import main

sys.exit(main())

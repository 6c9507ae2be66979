"""The frozen ``kpfield`` command (PyInstaller runs this file as ``__main__``)."""

import sys

from kpfield.cli.main import main

sys.exit(main())

"""The frozen ``kpfield-gui`` desktop app (PyInstaller runs this file as ``__main__``)."""

import sys

from ui.app import main

sys.exit(main())

"""Start the KP Field desktop app (``python main.py [--home FOLDER]``)."""

from ui.app import main

raise SystemExit(main())

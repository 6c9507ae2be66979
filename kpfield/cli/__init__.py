"""The ``kpfield`` command line: scripting, coordinators' automation and headless use."""

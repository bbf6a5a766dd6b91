"""``python -m notatarget``: the same command line as ``notatarget``."""

from notatarget.cli import main

main()

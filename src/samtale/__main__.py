"""Allow ``python -m samtale``."""

from samtale.cli import main

main()

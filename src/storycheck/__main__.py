"""``python -m storycheck``: the same command line as the ``storycheck`` script."""

from .cli import main

main()

"""`python -m monitor` is the `basewatch` command."""

from monitor.cli import main

main()

"""`python -m monitor` is the `basewatch` command."""

from monitor.cli.main import main

main()

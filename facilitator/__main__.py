"""`python -m facilitator COMMAND`: the command line without the window."""

from facilitator.cli import run

run()

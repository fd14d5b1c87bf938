"""`python -m benchmarks`: runs every measurement, prints the table, writes JSON and RESULTS.md."""

from benchmarks.run import main

raise SystemExit(main())

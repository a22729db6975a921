#!/usr/bin/env python3
"""Run the feeds service: ``python scheduler.py -c config/demo.yaml``.

A thin entry point: the same as ``feeds run``; the scheduling itself lives in
``feeds.service`` (APScheduler ticks claiming due sources from the store).
"""

import sys

from feeds.cli import main

if __name__ == "__main__":
    sys.exit(main(["run", *sys.argv[1:]]))

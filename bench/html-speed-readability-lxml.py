"""readability-lxml (Debian python3-readability) on the same pages as html_bench, for the
side-by-side speed figures in docs/benchmarks.md. Used by bench/html-speed.

    python3 bench/html-speed-readability-lxml.py DIR [ROUNDS]

Prints pages/s of Document(html).summary() plus lxml text extraction on one core, best of
ROUNDS passes (default 1), CPU time of this process.
"""
import glob
import gzip
import os
import sys
import time

import lxml.html
from readability import Document


def main():
    directory = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    files = sorted(glob.glob(os.path.join(directory, "html", "*.html.gz")))
    pages = [gzip.open(f).read().decode("utf-8", "replace") for f in files]
    best = float("inf")
    chars = 0
    for _ in range(rounds):
        t0 = time.process_time()
        for html in pages:
            try:
                summary = Document(html).summary(html_partial=True)
                chars += len(lxml.html.fromstring(summary).text_content())
            except Exception:  # a page readability-lxml cannot handle counts as done, with no text
                pass
        best = min(best, time.process_time() - t0)
    print(f"readability-lxml: pages {len(pages)}, best of {rounds}: {best:.3f} s CPU, "
          f"{len(pages) / best:.1f} pages/s (checksum {chars})")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Replicates JSON Lines corpora into a bigger one for the API load test (bench/api-load).

    api-load-corpus.py OUT.jsonl N INPUT.jsonl...

Writes N articles: the inputs' articles over and over, each copy with a new id and URL and a date
spread over 2000-2019 (so that date filters and "newest" orderings have something to sort), and the
copy number added to the title so that copies are not all exact duplicates of one another. The
output is a measuring fixture made at run time: it is never committed.
"""
import json
import sys


def main():
    if len(sys.argv) < 4:
        print("usage: api-load-corpus.py OUT.jsonl N INPUT.jsonl...", file=sys.stderr)
        return 2
    out_path, n = sys.argv[1], int(sys.argv[2])
    base = []
    for path in sys.argv[3:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    base.append(json.loads(line))
    if not base:
        print("api-load-corpus: no articles in the inputs", file=sys.stderr)
        return 1
    with open(out_path, "w", encoding="utf-8") as out:
        for i in range(n):
            src = base[i % len(base)]
            copy = i // len(base)
            year = 2000 + (i * 7919) % 20
            month = 1 + (i * 31) % 12
            day = 1 + (i * 17) % 28
            rec = {
                "id": f"load-{i}",
                "url": f"https://load.example.com/{copy}/{src.get('id', i)}",
                "source": src.get("source") or "Example Load Desk",
                "date": f"{year:04d}-{month:02d}-{day:02d}",
                "title": (src.get("title") or "Untitled") + (f" ({copy})" if copy else ""),
                "text": src.get("text") or "",
            }
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

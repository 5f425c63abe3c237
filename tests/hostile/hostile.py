#!/usr/bin/env python3
"""The hostile-input corpus: generates each kind of bad input at test time and runs it through
`chronicle ingest` beside a good article, checking the one-line message, the exit status, that the
good article is still stored, and that memory stays bounded.

    hostile.py --chronicle BIN --work DIR KIND     run one kind (ctest runs each as its own test)
    hostile.py --list                              the kinds, one per line (tests/hostile.cmake)

Nothing here is committed as data: every input is written by the generator of its kind, the
large ones streamed through a named pipe so that "1 GB" costs no disk. The kinds cover DESIGN.md's
bad-input list and issue 8's hostile list; docs/reliability.md gives each kind's message.
"""
import argparse
import gzip
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import zlib

GOOD_ARTICLE = """Council approves late-night bus routes after two-year pilot

By Hannah Whitcombe
Published May 9, 2023

LEEDS, England — The city council on Tuesday made permanent three late-night bus routes that
began as a pilot in 2021, after ridership on the routes rose by a third last year.

"Shift workers told us the last bus home was the difference between keeping a job and losing it,"
said councillor Amrit Sandhu, who chairs the transport committee.

The routes will run until 2 a.m. on weekdays and 4 a.m. at weekends, at a cost of 1.2 million
pounds a year shared with the regional transport authority.
"""

SECOND_ARTICLE = """Drought forces water limits across three provinces

MADRID (Wire Desk) — Spain imposed water restrictions on Monday in Catalonia, Aragon and Navarre
after the driest winter since records began in 1961, the environment ministry said.

Farmers' groups said the limits would cut this year's cereal harvest by as much as 40 percent.
"""

THIRD_ARTICLE = """Rail workers vote to strike over pay and rosters

GLASGOW (Metro Ledger) — Members of the drivers' union voted by 81 percent on Thursday to walk out
for 48 hours next month, after talks with the operator on pay and weekend rosters broke down.

The operator said it was "disappointed" and urged the union to return to the table.
"""

GB = 1 << 30
MB = 1 << 20


class Kind:
    """One hostile input: how to make it, how to run it, what must come out."""

    def __init__(self, name, make, expect, status=1, flags=(), added=1, max_rss_mb=1024, doc=""):
        self.name = name
        self.make = make            # make(work) -> list of inputs (paths, or ("fifo", path, shell))
        self.expect = expect        # regexes every one of which must match some stderr line
        self.status = status        # expected exit status
        self.flags = list(flags)
        self.added = added          # articles the run must add (the good article, and any salvage)
        self.max_rss_mb = max_rss_mb
        self.doc = doc


def write(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as f:
        f.write(data)
    return path


def good(work):
    return write(os.path.join(work, "good.txt"), GOOD_ARTICLE)


def fifo(work, name, shell):
    """A named pipe fed by `shell` (run by the harness once chronicle has started)."""
    path = os.path.join(work, name)
    os.mkfifo(path)
    return ("fifo", path, shell)


def jsonl_record(text, **fields):
    import json
    rec = {"text": text}
    rec.update(fields)
    return json.dumps(rec, ensure_ascii=False)


def warc_record(rtype, uri, block, number):
    header = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Target-URI: {uri}\r\n"
              f"WARC-Date: 2022-03-0{1 + number % 9}T08:00:00Z\r\n"
              f"WARC-Record-ID: <urn:uuid:{number:08x}-aaaa-bbbb-cccc-dddddddddddd>\r\n"
              f"Content-Type: application/http; msgtype=response\r\n"
              f"Content-Length: {len(block)}\r\n\r\n").encode()
    return header + block + b"\r\n\r\n"


def html_response(title, body):
    page = (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(page)).encode() + b"\r\n\r\n" + page)


def page_paragraphs(n, salt=0):
    """Paragraphs that differ with `salt`, so that pages of one run are never near-duplicates."""
    topics = ["widen the quay", "dredge the inner basin", "build a ferry terminal", "move the fish market",
              "raise the sea wall", "light the breakwater", "open a marina", "close the old slipway",
              "charge for overnight berths", "plant the dunes", "rebuild the lifeboat station",
              "buy a new pilot boat", "survey the wrecks"]
    return "".join(f"<p>Part {i} of report {salt}: the harbour board met on day {salt * 7 + i} and heard from "
                   f"{salt * 13 + i + 3} residents about the plan to {topics[(salt + i) % len(topics)]}.</p>"
                   for i in range(n))


# ---- The kinds ---------------------------------------------------------------------------------

def make_binary(work):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64
    return [write(os.path.join(work, "photo.txt"), data), good(work)]


def make_empty(work):
    return [write(os.path.join(work, "empty.txt"), b""), good(work)]


def make_truncated_gzip(work):
    data = gzip.compress((SECOND_ARTICLE * 40).encode())
    return [write(os.path.join(work, "story.txt.gz"), data[: len(data) // 2]), good(work)]


def make_corrupt_gzip(work):
    data = bytearray(gzip.compress((SECOND_ARTICLE * 40).encode()))
    for i in range(20, 60):
        data[i] ^= 0x5A
    return [write(os.path.join(work, "story.txt.gz"), bytes(data)), good(work)]


def make_invalid_utf8(work):
    # Windows-1252 curly quotes and a stray continuation byte: decoded with a fallback, stored.
    body = SECOND_ARTICLE.replace("Farmers'", "Farmers\x92").encode("latin-1", "replace")
    body = body.replace(b"said.", b"said \x93today\x94.\x80")
    return [write(os.path.join(work, "cp1252.txt"), body), good(work)]


def make_overlong_utf8(work):
    # Overlong encodings of '/' and NUL, and a 5-byte form: never valid UTF-8, never passed on raw.
    body = SECOND_ARTICLE.encode().replace(b"Monday", b"Monday \xc0\xaf \xe0\x80\xaf \xc0\x80 \xf8\x88\x80\x80\x80")
    return [write(os.path.join(work, "overlong.txt"), body), good(work)]


def make_lone_surrogates(work):
    # Surrogates encoded as UTF-8 bytes in a text file, and as JSON escapes in JSON Lines.
    text = SECOND_ARTICLE.encode().replace(b"Monday", b"Monday \xed\xa0\x80 \xed\xbf\xbf")
    lines = [jsonl_record(THIRD_ARTICLE, id="ok-1"),
             '{"id":"sur-1","text":"Talks resumed \\ud800 on Monday in Geneva, officials said."}',
             '{"id":"sur-2","text":"A low surrogate \\udc00 alone."}']
    return [write(os.path.join(work, "surrogates.txt"), text),
            write(os.path.join(work, "surrogates.jsonl"), "\n".join(lines) + "\n"), good(work)]


def make_nul_bytes(work):
    # NUL bytes inside a text page, and a JSON Lines record whose text escapes a NUL.
    text = SECOND_ARTICLE.encode().replace(b"Monday", b"Mon\x00day\x00\x00")
    lines = [jsonl_record("Polling stations opened\u0000 at 7 a.m. across the region, officials said.", id="nul-1")]
    return [write(os.path.join(work, "nul.txt"), text),
            write(os.path.join(work, "nul.jsonl"), "\n".join(lines) + "\n"), good(work)]


def make_malformed_json(work):
    lines = [jsonl_record(SECOND_ARTICLE, id="j-1", url="https://wire.example/drought"),
             '{"id":"j-2","text":"unterminated',
             '{"id":"j-3" "text":"missing comma"}',
             '["an","array"]',
             '{"id":"j-5","title":"no body"}',
             '{"id":"j-6","text":"trailing"} garbage']
    return [write(os.path.join(work, "feed.jsonl"), "\n".join(lines) + "\n"), good(work)]


def make_deep_json(work):
    # A good record first: format detection reads the first line, and a line of '[' is text.
    lines = [jsonl_record(THIRD_ARTICLE, id="d-1"),
             "[" * 1_000_000,
             '{"id":"d-3","text":"Deep extra field.","extra":' + "[" * 200 + "]" * 200 + "}",
             jsonl_record(SECOND_ARTICLE, id="d-4")]
    return [write(os.path.join(work, "deep.jsonl"), "\n".join(lines) + "\n"), good(work)]


def make_huge_json_line(work):
    # A 1 GB line: the reader keeps at most --max-line-bytes of it and moves on.
    shell = ("{ printf '{\"text\":\"'; head -c %d /dev/zero | tr '\\0' 'a'; printf '\"}\\n'; "
             "printf '%%s\\n' '%s'; }" % (GB, jsonl_record(SECOND_ARTICLE, id="after-huge").replace("'", "'\\''")))
    return [fifo(work, "huge.jsonl", shell), good(work)]


def make_whitespace_1gb(work):
    # 1 GB of spaces in 4 KB lines, as a file whose format is to be detected: all of it must be
    # read (in bounded memory) to know that no content follows.
    shell = "yes \"$(printf '%%4095s' '')\" | head -c %d" % GB
    return [fifo(work, "blank.txt", shell), good(work)]


def make_whitespace_then_text(work):
    # Far more leading white space than format detection looks at, then a real article.
    return [write(os.path.join(work, "padded.txt"), " \n" * 20000 + SECOND_ARTICLE), good(work)]


def make_html_no_body(work):
    page = "<!DOCTYPE html><html><head><title>Loading…</title><script>var x=1;</script></head></html>"
    return [write(os.path.join(work, "shell.html"), page), good(work)]


def make_html_deep(work):
    page = "<html><body>" + "<div>" * 100_000 + "<p>deep text</p>" + "</div>" * 100_000 + "</body></html>"
    return [write(os.path.join(work, "deep.html"), page), good(work)]


def make_html_attributes(work):
    # One element with two million attributes (30 MB): parsing must stay bounded in time.
    shell = ("{ printf '<html><head><title>t</title></head><body><div '; "
             "seq -f 'a%%g=\"1\"' 1 2000000 | tr '\\n' ' '; "
             "printf '>'; printf '<p>%s</p>' ; printf '</div></body></html>'; }" % ("Text of the page. " * 20))
    return [fifo(work, "attrs.html", shell), good(work)]


def make_html_many_elements(work):
    # Three hundred thousand empty spans: the extractor walks them without quadratic work.
    page = "<html><body><article>" + "<span></span>" * 300_000 + page_paragraphs(5) + "</article></body></html>"
    return [write(os.path.join(work, "spans.html"), page), good(work)]


def make_broken_warc(work):
    rec1 = warc_record("response", "https://harbour.example/a", html_response("Quay plan", page_paragraphs(4)), 1)
    rec2 = warc_record("response", "https://harbour.example/b", html_response("Second", page_paragraphs(4, 2)), 2)
    # The second record's Content-Length says more than the file holds.
    lying = rec2.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    return [write(os.path.join(work, "crawl.warc"), rec1 + lying), good(work)]


def make_warc_bad_header(work):
    rec1 = warc_record("response", "https://harbour.example/a", html_response("Quay plan", page_paragraphs(4)), 1)
    garbage = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nxxxxxxxxxxxx\r\n\r\n"
    return [write(os.path.join(work, "crawl.warc"), rec1 + garbage), good(work)]


def make_warc_too_many_records(work):
    recs = b"".join(warc_record("response", f"https://harbour.example/{i}",
                                html_response(f"Quay report {i}", page_paragraphs(3, i)), i) for i in range(1, 13))
    return [write(os.path.join(work, "crawl.warc"), recs), good(work)]


def make_gzip_bomb(work):
    # 1 GB of spaces gzipped to about 1 MB, named like a text file: format detection reads on
    # through the blank start, so the ratio limit (or the size limit) must stop it.
    path = os.path.join(work, "bomb.txt.gz")
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * (16 * MB)
    with open(path, "wb") as f:
        for _ in range(GB // len(block)):
            f.write(comp.compress(block))
        f.write(comp.flush())
    return [path, good(work)]


def make_gzip_ratio(work):
    # A JSON Lines file that expands 200-fold, under --max-gzip-ratio 50.
    line = jsonl_record(SECOND_ARTICLE, id="r") + "\n"
    data = gzip.compress((line * 4000).encode(), 9)
    return [write(os.path.join(work, "repeat.jsonl.gz"), data), good(work)]


def make_gzip_warc_bomb(work):
    # A gzipped WARC whose one record is 1 GB of zeros: bounded by the record size limit.
    shell = ("{ printf 'WARC/1.0\\r\\nWARC-Type: response\\r\\nContent-Length: %d\\r\\n\\r\\n'; "
             "head -c %d /dev/zero; } | gzip -1" % (GB, GB))
    return [fifo(work, "bomb.warc.gz", shell), good(work)]


def make_document_too_big(work):
    return [write(os.path.join(work, "long.txt"), SECOND_ARTICLE * 100), good(work)]


def make_line_too_long(work):
    lines = [jsonl_record(SECOND_ARTICLE * 10, id="long"), jsonl_record(SECOND_ARTICLE, id="short")]
    return [write(os.path.join(work, "lines.jsonl"), "\n".join(lines) + "\n"), good(work)]


def make_missing_and_dir(work):
    os.mkdir(os.path.join(work, "no-news-here"))
    return [os.path.join(work, "does-not-exist.txt"), os.path.join(work, "no-*.jsonl"), good(work)]


def make_feed(work):
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Storm</title>'
           "<description>Storm nears coast.</description></item></channel></rss>")
    return [write(os.path.join(work, "wire.rss"), rss), good(work)]


def make_control_chars(work):
    # Terminal escapes, a carriage return and a bell in a quoted fragment and in a file name: the
    # printed message must stay one line with no control character (regression: print_error).
    lines = ['{"id":"c-1","text":"Clear \x1b[2J screen \r and bell \x07", broken}',
             jsonl_record(SECOND_ARTICLE, id="c-2")]
    return [write(os.path.join(work, "ctl.jsonl"), "\n".join(lines) + "\n"),
            write(os.path.join(work, "odd\x1b[31mname\r.txt"), b""), good(work)]


KINDS = [
    Kind("binary", make_binary, [r"photo\.txt: binary content"]),
    Kind("empty", make_empty, [r"empty\.txt: empty file"]),
    Kind("truncated_gzip", make_truncated_gzip, [r"story\.txt\.gz: truncated gzip stream"]),
    # Damage inside the deflate data may first inflate to junk that reads as binary.
    Kind("corrupt_gzip", make_corrupt_gzip, [r"story\.txt\.gz: (corrupt gzip stream|binary content)"]),
    Kind("invalid_utf8", make_invalid_utf8, [], status=0, added=2),
    Kind("overlong_utf8", make_overlong_utf8, [], status=0, added=2),
    Kind("lone_surrogates", make_lone_surrogates,
         [r"surrogates\.jsonl:2: malformed JSON at byte \d+", r"surrogates\.jsonl:3: malformed JSON at byte \d+"],
         added=3),
    # The escaped NUL in JSON Lines may be stored or refused by extraction; either is one line or none.
    Kind("nul_bytes", make_nul_bytes, [r"nul\.txt: binary content"], status=None, added=None),
    Kind("malformed_json", make_malformed_json,
         [r"feed\.jsonl:2: malformed JSON at byte \d+", r"feed\.jsonl:3: malformed JSON at byte \d+",
          r"feed\.jsonl:4: not a JSON object but array", r"feed\.jsonl:5: record has no \"text\" or \"html\"",
          r"feed\.jsonl:6: malformed JSON at byte \d+"], added=2),
    Kind("deep_json", make_deep_json,
         [r"deep\.jsonl:2: JSON nested deeper than 64 levels; see --max-json-depth",
          r"deep\.jsonl:3: JSON nested deeper than 64 levels"], added=3),
    Kind("huge_json_line", make_huge_json_line,
         [r"huge\.jsonl:1: line longer than 67108864 bytes; see --max-line-bytes"], added=2),
    Kind("whitespace_1gb", make_whitespace_1gb, [r"blank\.txt: empty file"]),
    # Stored, or refused with a message naming the blank start: either way one line, never lost silently.
    Kind("whitespace_then_text", make_whitespace_then_text, [], status=None, added=None),
    Kind("html_no_body", make_html_no_body, [r"shell\.html: \S"]),
    # Refused past kMaxHtmlDepth, unless libxml2 flattens the nesting first: bounded either way.
    Kind("html_deep", make_html_deep, [], status=None, added=None),
    # Stored: the attributes past kMaxHtmlAttributes are dropped before libxml2 parses the page.
    Kind("html_attributes", make_html_attributes, [], status=0, added=2),
    Kind("html_many_elements", make_html_many_elements, [], status=0, added=2),
    Kind("broken_warc", make_broken_warc, [r"crawl\.warc#2: "], added=2),
    Kind("warc_bad_header", make_warc_bad_header, [r"crawl\.warc#2: \S"], added=2),
    Kind("warc_too_many_records", make_warc_too_many_records,
         [r"crawl\.warc#6: more than 5 records; the rest is not read"], flags=["--max-warc-records", "5"], added=6),
    Kind("gzip_bomb", make_gzip_bomb, [r"bomb\.txt\.gz: (gzip expands more than \d+ times|document larger than)"]),
    Kind("gzip_ratio", make_gzip_ratio,
         [r"repeat\.jsonl\.gz: gzip expands more than 50 times its size \(a decompression bomb\?\); see --max-gzip-ratio"],
         flags=["--max-gzip-ratio", "50"], added=2),
    # The record claims more than --max-document-bytes, so the reader skips it; zeros at gzip -1
    # expand about 230-fold, past the default 200, so the ratio limit stops the skip first (as
    # observed): either line is right.
    Kind("gzip_warc_bomb", make_gzip_warc_bomb,
         [r"bomb\.warc\.gz#1: (record larger than \d+ bytes|.*gzip expands more than \d+ times its size)"]),
    Kind("document_too_big", make_document_too_big,
         [r"long\.txt: document larger than 20000 bytes; see --max-document-bytes"],
         flags=["--max-document-bytes", "20000"]),
    Kind("line_too_long", make_line_too_long,
         [r"lines\.jsonl:1: line longer than 2000 bytes; see --max-line-bytes"],
         flags=["--max-line-bytes", "2000"], added=2),
    Kind("missing_inputs", make_missing_and_dir,
         [r"does-not-exist\.txt: cannot open: No such file or directory", r"no-\*\.jsonl: no files match"]),
    Kind("control_chars", make_control_chars,
         [r"ctl\.jsonl:1: malformed JSON at byte \d+", r"odd \[31mname \.txt: empty file"], added=2),
    Kind("feed", make_feed, [r"wire\.rss: RSS/Atom feeds are not read yet"]),
]


# ---- The harness ------------------------------------------------------------------------------

def run_kind(kind, chronicle, work):
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(work)
    made = kind.make(work)
    inputs, feeders = [], []
    for item in made:
        if isinstance(item, tuple):
            _, path, shell = item
            feeders.append((path, shell))
            inputs.append(path)
        else:
            inputs.append(item)
    db = os.path.join(work, "hostile.db")
    cmd = [chronicle, "ingest", "--db", db, "--quiet", "--threads", "2"] + kind.flags + inputs
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    procs = []
    for path, shell in feeders:
        # The feeder opens the pipe for writing; when chronicle stops reading early it gets SIGPIPE.
        procs.append(subprocess.Popen(["bash", "-c", f"exec > '{path}'; {shell}"], stderr=subprocess.DEVNULL))
    try:
        out, err = proc.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return fail(kind, "timed out after 600 s", out, err)
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    problems = []
    if proc.returncode < 0 or proc.returncode >= 128:
        problems.append(f"chronicle died (status {proc.returncode})")
    if "AddressSanitizer" in err or "runtime error:" in err or "LeakSanitizer" in err:
        problems.append("sanitizer report")
    if kind.status is not None and proc.returncode != kind.status:
        problems.append(f"exit status {proc.returncode}, expected {kind.status}")
    if re.search(r"[\x00-\x09\x0b-\x1f\x7f]", err):
        problems.append("stderr carries a control character (a terminal escape, CR or TAB from the input)")
    lines = [l for l in err.split("\n") if l.strip()]
    for line in lines:
        if not line.startswith("chronicle: "):
            problems.append(f"stderr line not in the 'chronicle: INPUT: reason' form: {line[:200]!r}")
    for pattern in kind.expect:
        if not any(re.search(pattern, l) for l in lines):
            problems.append(f"no stderr line matches {pattern!r}")
    summary = re.search(r"read (\d+), added (\d+), duplicates (\d+), failed (\d+)", out)
    if not summary:
        problems.append("no run summary on stdout")
    else:
        read, added, dups, failed = map(int, summary.groups())
        if kind.added is not None and added != kind.added:
            problems.append(f"added {added}, expected {kind.added}")
        if failed != len(lines):
            problems.append(f"summary says failed {failed} but stderr has {len(lines)} lines")
        # duplicates counts inputs already stored, and also new articles marked duplicate_of another.
        if not added + failed <= read <= added + dups + failed:
            problems.append(f"summary does not account for every input: read {read}, added {added}, "
                            f"duplicates {dups}, failed {failed}")
    if os.path.exists(db):
        con = sqlite3.connect(db)
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        texts = [r[0] for r in con.execute("SELECT title || ' ' || text FROM articles")]
        con.close()
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        if kind.added is not None and stored != kind.added:
            problems.append(f"{stored} articles in the store, expected {kind.added}")
        if not any("late-night bus routes" in t for t in texts):
            problems.append("the good article beside the hostile input was not stored")
    if rss_mb > kind.max_rss_mb:
        problems.append(f"peak memory {rss_mb:.0f} MB over the bound of {kind.max_rss_mb} MB")
    if problems:
        return fail(kind, "; ".join(problems), out, err)
    print(f"hostile {kind.name}: ok (status {proc.returncode}, peak {rss_mb:.0f} MB)")
    for line in lines:
        print("  " + line[:300])
    print("  " + out.strip())
    shutil.rmtree(work, ignore_errors=True)
    return 0


def fail(kind, why, out, err):
    print(f"hostile {kind.name}: FAILED: {why}")
    if isinstance(out, bytes):
        out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    print("--- stdout\n" + out[-2000:] + "\n--- stderr\n" + err[-4000:])
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chronicle")
    ap.add_argument("--work")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("kinds", nargs="*")
    args = ap.parse_args()
    if args.list:
        print("\n".join(k.name for k in KINDS))
        return 0
    if not args.chronicle or not args.work:
        ap.error("--chronicle and --work are required")
    by_name = {k.name: k for k in KINDS}
    status = 0
    for name in args.kinds or list(by_name):
        if name not in by_name:
            print(f"hostile: unknown kind {name!r}", file=sys.stderr)
            return 2
        status |= run_kind(by_name[name], os.path.abspath(args.chronicle), os.path.join(args.work, name))
    return status


if __name__ == "__main__":
    sys.exit(main())

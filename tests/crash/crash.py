#!/usr/bin/env python3
"""Crash safety of `chronicle ingest`, end to end (issue 8, DESIGN.md "Storage").

    crash.py --chronicle BIN --work DIR kill9 [--runs N]   SIGKILL at random points, then a re-run
    crash.py --chronicle BIN --work DIR sigint [--runs N]  SIGINT mid-run: clean stop, batch whole

The corpus is generated here (JSON Lines records with a few bad lines, and a folder of plain-text
pages), and first ingested once, undisturbed, into a reference store. Then:

kill9: the same ingest runs again and again into one store, each run killed with SIGKILL after a
  random delay. After every kill the store must pass PRAGMA integrity_check, hold no article the
  reference lacks, and hold at least every article it held before (no committed article lost).
  A final undisturbed run must leave exactly the reference's articles, each once, and its summary
  must account for every input: read = the reference's read, failed = the reference's failed, and
  added = the articles still missing before it ran.
sigint: each run gets SIGINT once some batches are committed. It must exit 130 with one line
  saying the last batch was committed whole and how many articles the run stored, and the store
  must have grown by exactly that many.
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

OUTLETS = ["Harbour Gazette", "Valley Tribune", "Wire Desk", "Metro Ledger", "Nordic Courier", "Gulf Coast Herald"]
PLACES = ["Leeds", "Savannah", "Nairobi", "Madrid", "Bergen", "Tucson", "Porto", "Winnipeg", "Cebu", "Accra"]
PEOPLE = ["Amrit Sandhu", "Lena Park", "Walter Pruitt", "Ana Torres", "David Mwangi", "Jenna Ruiz",
          "Paul Adeyemi", "Omar Haddad", "Hannah Whitcombe", "Ines Carvalho"]
TOPICS = [("council", "approved a budget of {n} million for road repairs"),
          ("port authority", "voted to deepen the shipping channel by {n} feet"),
          ("school board", "agreed to hire {n} new teachers before the autumn term"),
          ("water utility", "raised rates by {n} percent after a dry winter"),
          ("transit agency", "added {n} late-night bus routes after a pilot"),
          ("hospital trust", "opened a {n}-bed ward to shorten waiting lists")]
VERBS = ["said", "told reporters", "said in a statement", "wrote in a letter to residents"]


def article(rng, i):
    place, person, outlet = rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(OUTLETS)
    body, action = rng.choice(TOPICS)
    n = rng.randint(2, 900)
    day = 1 + i % 28
    paras = [f"{place.upper()} — The {body} in {place} on Tuesday {action.format(n=n)}, ending a debate that "
             f"ran for {rng.randint(2, 30)} months (report {i}).",
             f"\"We listened to {rng.randint(10, 4000)} people before deciding,\" {person} {rng.choice(VERBS)}.",
             f"Opponents said the cost, estimated at {rng.randint(1, 99)}.{rng.randint(0, 9)} million, would fall on "
             f"households in the {rng.choice(['north', 'east', 'old town', 'harbour district'])}.",
             f"A final vote is expected on {rng.choice(['Monday', 'Thursday', 'Friday'])}, {rng.randint(3, 40)} "
             f"days after the hearing, officials said."]
    title = f"{place} {body} {action.split(' ')[0]} plan (item {i})"
    return outlet, f"2023-{1 + i % 12:02d}-{day:02d}", title, "\n\n".join(paras)


def make_corpus(work, records, pages, seed=8):
    """Returns (inputs, number of inputs the reader will count)."""
    rng = random.Random(seed)
    os.makedirs(work, exist_ok=True)
    jsonl = os.path.join(work, "wire.jsonl")
    bad_lines = 0
    with open(jsonl, "w") as f:
        for i in range(records):
            outlet, date, title, text = article(rng, i)
            f.write(json.dumps({"id": f"w-{i}", "url": f"https://news.example/{i}", "source": outlet,
                                "date": date, "title": title, "text": text}) + "\n")
            if i % 97 == 50:
                f.write('{"id":"broken-%d","text":"unterminated\n' % i)
                bad_lines += 1
    folder = os.path.join(work, "pages")
    os.makedirs(folder, exist_ok=True)
    for i in range(pages):
        outlet, date, title, text = article(rng, records + i)
        with open(os.path.join(folder, f"page-{i:03d}.txt"), "w") as f:
            f.write(f"{title}\n\nBy {rng.choice(PEOPLE)}\n{date}\n\n{text}\n\nShare this story\n© 2023 {outlet}\n")
    return [jsonl, folder], records + bad_lines + pages


def ingest_cmd(chronicle, db, inputs, chunk):
    return [chronicle, "ingest", "--db", db, "--quiet", "--threads", "2", "--chunk-size", str(chunk)] + inputs


SUMMARY = re.compile(r"read (\d+), added (\d+), duplicates (\d+), failed (\d+)")


def summary_of(out):
    m = SUMMARY.search(out)
    if not m:
        raise AssertionError(f"no run summary in {out!r}")
    return tuple(map(int, m.groups()))


def store_ids(db):
    """The stored article ids, with integrity checked and duplicates counted."""
    con = sqlite3.connect(db, timeout=30)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise AssertionError(f"integrity_check: {check}")
        rows = con.execute("SELECT id, source_id, url FROM articles").fetchall()
    finally:
        con.close()
    ids = [r[0] for r in rows]
    keyed = [(r[1] or r[2]) for r in rows if (r[1] or r[2])]
    if len(set(ids)) != len(ids):
        raise AssertionError("an article id is stored twice")
    if len(set(keyed)) != len(keyed):
        raise AssertionError("one input record is stored as two articles")
    return set(ids)


def reference(chronicle, work, inputs, chunk):
    db = os.path.join(work, "reference.db")
    started = time.monotonic()
    p = subprocess.run(ingest_cmd(chronicle, db, inputs, chunk), capture_output=True, text=True, timeout=600)
    took = time.monotonic() - started
    if p.returncode not in (0, 1):
        raise AssertionError(f"reference run exited {p.returncode}: {p.stderr[-2000:]}")
    return store_ids(db), summary_of(p.stdout), took


def kill9(chronicle, work, runs, records, pages, chunk, rng):
    inputs, total = make_corpus(os.path.join(work, "corpus"), records, pages)
    ref_ids, ref_summary, took = reference(chronicle, work, inputs, chunk)
    if ref_summary[0] != total:
        raise AssertionError(f"reference read {ref_summary[0]} inputs, the corpus has {total}")
    print(f"kill9: reference: {len(ref_ids)} articles, summary {ref_summary}, {took:.1f} s")
    db = os.path.join(work, "killed.db")
    held = set()
    outcomes = {"killed": 0, "finished before the kill": 0}
    for run in range(runs):
        proc = subprocess.Popen(ingest_cmd(chronicle, db, inputs, chunk), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        delay = rng.uniform(0.05, took * 1.1)
        try:
            proc.wait(timeout=delay)
            outcomes["finished before the kill"] += 1
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            outcomes["killed"] += 1
        if not os.path.exists(db):
            continue
        now = store_ids(db)
        if not held <= now:
            raise AssertionError(f"run {run}: {len(held - now)} committed articles lost after the kill")
        if not now <= ref_ids:
            raise AssertionError(f"run {run}: {len(now - ref_ids)} articles the reference does not have")
        print(f"kill9: run {run + 1:2d}: killed after {delay:.2f} s, store holds {len(now)}/{len(ref_ids)}")
        held = now
    before = len(held)
    p = subprocess.run(ingest_cmd(chronicle, db, inputs, chunk), capture_output=True, text=True, timeout=600)
    read, added, dups, failed = summary_of(p.stdout)
    final = store_ids(db)
    problems = []
    if final != ref_ids:
        problems.append(f"final store differs from the reference: {len(ref_ids - final)} missing, "
                        f"{len(final - ref_ids)} extra")
    if read != ref_summary[0] or failed != ref_summary[3]:
        problems.append(f"final summary read {read}, failed {failed}; reference read {ref_summary[0]}, "
                        f"failed {ref_summary[3]}")
    if added != len(ref_ids) - before:
        problems.append(f"final run added {added}, but {len(ref_ids) - before} articles were missing")
    if problems:
        raise AssertionError("; ".join(problems))
    print(f"kill9: {runs} runs ({outcomes['killed']} killed, {outcomes['finished before the kill']} finished "
          f"first); final run: {p.stdout.strip()}; store = reference ({len(final)} articles), integrity ok")


def sigint(chronicle, work, runs, records, pages, chunk, rng):
    inputs, total = make_corpus(os.path.join(work, "corpus"), records, pages)
    ref_ids, ref_summary, took = reference(chronicle, work, inputs, chunk)
    db = os.path.join(work, "interrupted.db")
    interrupted = 0
    for run in range(runs):
        before = store_ids(db) if os.path.exists(db) else set()
        if before == ref_ids:
            os.remove(db)
            for ext in ("-wal", "-shm"):
                if os.path.exists(db + ext):
                    os.remove(db + ext)
            before = set()
        proc = subprocess.Popen(ingest_cmd(chronicle, db, inputs, chunk), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        # Wait until the run has committed something of its own, then interrupt it.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.Error:
                n = 0
            if n > len(before):
                break
            time.sleep(0.02)
        time.sleep(rng.uniform(0, took / 4))
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        after = store_ids(db)
        # The corpus holds bad lines on purpose, so a run that finished before the signal exits 1.
        if proc.returncode in (0, 1) and "; interrupted" not in out:
            if after != ref_ids:
                raise AssertionError(f"run {run}: finished before SIGINT but the store is incomplete")
            print(f"sigint: run {run + 1}: finished before the signal")
            continue
        if proc.returncode != 130:
            raise AssertionError(f"run {run}: exit status {proc.returncode} after SIGINT, expected 130: {err[-1000:]}")
        m = re.search(r"^chronicle: interrupted: the last batch was committed whole; (\d+) articles stored this run$",
                      err, re.M)
        if not m:
            raise AssertionError(f"run {run}: no interruption message on stderr: {err[-1000:]}")
        if "; interrupted" not in out:
            raise AssertionError(f"run {run}: the summary does not say the run was interrupted: {out!r}")
        stored = int(m.group(1))
        if not before <= after or len(after) - len(before) != stored:
            raise AssertionError(f"run {run}: message says {stored} stored, the store grew by "
                                 f"{len(after) - len(before)}")
        if not after <= ref_ids:
            raise AssertionError(f"run {run}: articles the reference does not have")
        interrupted += 1
        print(f"sigint: run {run + 1}: exit 130, {stored} stored this run, store holds {len(after)}/{len(ref_ids)}")
    if interrupted == 0:
        raise AssertionError("no run was interrupted: the corpus is too small for this machine")
    print(f"sigint: {interrupted}/{runs} runs interrupted cleanly")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chronicle", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("mode", choices=["kill9", "sigint"])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--chunk", type=int, default=8)
    ap.add_argument("--seed", type=int, default=None, help="random seed for the kill points (default: time)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"{args.mode}: seed {seed} (re-run with --seed {seed})")
    rng = random.Random(seed)
    work = os.path.join(os.path.abspath(args.work), args.mode)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    fn = kill9 if args.mode == "kill9" else sigint
    try:
        fn(os.path.abspath(args.chronicle), work, args.runs, args.records, args.pages, args.chunk, rng)
    except AssertionError as e:
        print(f"{args.mode}: FAILED: {e}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

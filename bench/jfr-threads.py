#!/usr/bin/env python3
"""Where the time goes, by thread group and by the first non-JDK package on the stack.

usage: bench/jfr-threads.py recording.jfr [top-n]
Thread names are normalised (digits dropped) so pools group together.
"""
import collections, re, subprocess, sys

def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    threads = collections.Counter()
    packages = collections.Counter()
    total = 0
    for event in out.split("jdk.ExecutionSample")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', event)
        name = re.sub(r"\d+", "#", m.group(1)) if m else "?"
        frames = re.findall(r"^\s+([\w$.]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        threads[name] += 1
        pkg = "JDK only"
        for f in frames:
            if not f.startswith(("java.", "javax.", "jdk.", "sun.", "com.sun.")):
                pkg = ".".join(f.split(".")[:4])
                break
        packages[pkg] += 1
    print(f"{total} samples\nby thread:")
    for n, c in threads.most_common(top):
        print(f"  {100.0 * c / total:5.1f}%  {n}")
    print("by first non-JDK package on the stack:")
    for n, c in packages.most_common(top):
        print(f"  {100.0 * c / total:5.1f}%  {n}")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Save-to-reload latency of `lessons serve` on the course in Lessons/.

From the moment a save completes (the rename of an editor's atomic save has
returned) to the moment the reload event for that page arrives on a page's
event stream, over repeated saves: a prose edit; a prose edit of the paragraph
just before a cell (the lesson's download quotes it, so the archive is made
again); and an edit of one small cell (that lesson compiles and runs again). For the cell edit it also reports how
long swiftc ran, timed by a wrapper given to the tool as $SWIFTC.

Usage: scripts/benchmark-serve.py [debug|release] [--saves N]   (default: release, 7 saves)
"""
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build_tool(configuration):
    subprocess.run(["swift", "build", "-c", configuration, "--product", "lessons"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    folder = subprocess.run(["swift", "build", "-c", configuration, "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    return os.path.join(folder, "lessons")


def swiftc_wrapper(work):
    """A swiftc that logs the wall time of each compile to work/swiftc.log."""
    real = os.environ.get("SWIFTC") or shutil.which("swiftc")
    log = os.path.join(work, "swiftc.log")
    wrapper = os.path.join(work, "swiftc")
    with open(wrapper, "w") as f:
        f.write(f"""#!/bin/sh
start=$(date +%s.%N)
"{real}" "$@"
status=$?
echo "$start $(date +%s.%N) $1" >> "{log}"
exit $status
""")
    os.chmod(wrapper, 0o755)
    return wrapper, log


def swiftc_seconds(log, since):
    """Seconds swiftc spent compiling in calls that started after `since` (epoch seconds)."""
    total = 0.0
    if not os.path.exists(log):
        return total
    for line in open(log):
        start, end, first = (line.split() + [""])[:3]
        if float(start) >= since and first != "-version":
            total += float(end) - float(start)
    return total


class EventStream:
    """A page's reload stream, read as a browser's EventSource reads it (chunked framing undone)."""

    def __init__(self, port, page):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET /_lessons/events?page={page} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        self.raw = b""
        self.text = b""
        while b"\r\n\r\n" not in self.raw:
            self.raw += self.sock.recv(65536)
        self.raw = self.raw.split(b"\r\n\r\n", 1)[1]

    def _dechunk(self):
        while True:
            line_end = self.raw.find(b"\r\n")
            if line_end < 0:
                return
            size = int(self.raw[:line_end], 16)
            if len(self.raw) < line_end + 2 + size + 2:
                return
            self.text += self.raw[line_end + 2:line_end + 2 + size]
            self.raw = self.raw[line_end + 2 + size + 2:]

    def next_event(self, timeout):
        deadline = time.monotonic() + timeout
        while True:
            self._dechunk()
            if b"\n\n" in self.text:
                block, self.text = self.text.split(b"\n\n", 1)
                fields = dict(line.split(": ", 1) for line in block.decode().split("\n") if ": " in line)
                if "event" in fields:
                    return fields["event"], fields.get("data", "")
                continue
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no event in time")
            self.sock.settimeout(left)
            self.raw += self.sock.recv(65536)

    def wait_for_reload(self, page, timeout=120):
        while True:
            name, data = self.next_event(timeout)
            if name == "reload" and (f'"{page}"' in data or '"everything":true' in data):
                return time.time()


def save(path, text):
    """An editor's atomic save; returns when the rename has returned."""
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "w") as f:
        f.write(text)
    os.rename(temporary, path)
    return time.time()


def fewest_cells(folder):
    lessons = sorted(name for name in os.listdir(folder) if re.match(r"\d.*\.md$", name))
    return min(lessons, key=lambda name: open(os.path.join(folder, name)).read().count("```swift"))


def main():
    arguments = sys.argv[1:]
    configuration = arguments[0] if arguments and not arguments[0].startswith("-") else "release"
    saves = int(arguments[arguments.index("--saves") + 1]) if "--saves" in arguments else 7
    tool = build_tool(configuration)

    work = tempfile.mkdtemp()
    server = None
    try:
        shutil.copytree(os.path.join(ROOT, "Lessons"), os.path.join(work, "Lessons"))
        wrapper, log = swiftc_wrapper(work)
        environment = dict(os.environ, SWIFTC=wrapper, LESSONS_CACHE=os.path.join(work, "user-cache"))
        server = subprocess.Popen([tool, "serve", "--port", "0", "--cache", os.path.join(work, "cache")], cwd=work,
                                  env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        port = None
        for line in server.stdout:
            found = re.search(r"serving Lessons at http://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
            if line.startswith("built in"):
                break
        if port is None:
            sys.exit("lessons serve did not start")
        # The server's own line for each rebuild says how long the build took.
        build_seconds = []

        def read_lines():
            for line in server.stdout:
                found = re.search(r"changed: rebuilt in ([0-9.]+) s", line)
                if found:
                    build_seconds.append(float(found.group(1)))

        threading.Thread(target=read_lines, daemon=True).start()

        lesson = fewest_cells(os.path.join(work, "Lessons"))
        path = os.path.join(work, "Lessons", lesson)
        page = lesson[:-3] + ".html"
        stream = EventStream(port, page)
        original = open(path).read()

        prose, cell, compiling = [], [], []
        prose_builds, cell_builds = [], []
        for index in range(saves):
            # The last line of the first paragraph after the title, edited.
            text = re.sub(r"(\n# [^\n]*\n\n[^\n]*)", lambda m: m.group(1) + f" (edit {index})", original, count=1)
            saved = save(path, text)
            prose.append(stream.wait_for_reload(page) - saved)
            time.sleep(0.2)  # the server's line for this build is read
            prose_builds.append(build_seconds[-1])
        before_cell, before_cell_builds = [], []
        for index in range(saves):
            # The start of the paragraph just before the first cell: the lesson's
            # download quotes it beside the cell, so the archive is made again.
            text = re.sub(r"\n\n([^\n`][^\n]*(?:\n[^\n]+)*\n\n```swift)", lambda m: f"\n\n(edit {index}) " + m.group(1),
                          original, count=1)
            saved = save(path, text)
            before_cell.append(stream.wait_for_reload(page) - saved)
            time.sleep(0.2)
            before_cell_builds.append(build_seconds[-1])
        for index in range(saves):
            # The first line of the first cell: only this lesson compiles and runs again.
            text = re.sub(r"(```swift\n(?://\|[^\n]*\n)*)", lambda m: m.group(1) + f"// edited {index}\n", original, count=1)
            saved = save(path, text)
            cell.append(stream.wait_for_reload(page) - saved)
            time.sleep(0.2)
            compiling.append(swiftc_seconds(log, saved))
            cell_builds.append(build_seconds[-1])

        server.send_signal(signal.SIGINT)
        status = server.wait(timeout=30)

        cells = original.count("```swift")
        print(f"lessons serve ({configuration}) on {len([n for n in os.listdir(os.path.join(work, 'Lessons')) if n.endswith('.md') and n != 'course.md'])} lessons, "
              f"{os.cpu_count()} cores; edits to {lesson} ({cells} cells); {saves} saves each; exit status on Ctrl-C: {status}")
        print("| from save to reload event | median (s) | min | max |")
        print("| --- | ---: | ---: | ---: |")
        rows = [("prose edit", prose), ("  of which the build (the server's own line)", prose_builds),
                ("prose edit just before a cell (its download made again)", before_cell),
                ("  of which the build", before_cell_builds),
                ("one small cell edited", cell), ("  of which the build", cell_builds), ("  of which swiftc", compiling)]
        for label, values in rows:
            print(f"| {label} | {statistics.median(values):.3f} | {min(values):.3f} | {max(values):.3f} |")
    finally:
        if server and server.poll() is None:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Drive Debian's headless Chromium over `--remote-debugging-pipe` (the DevTools protocol on file
descriptors 3 and 4, one NUL-terminated JSON message each way): open a page, collect every
console error, uncaught exception, failed load and JavaScript dialog, run expressions in the
page, and take a screenshot. No network and no Python dependency beyond the standard library.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import selectors
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _pipe_fds(commands: int, replies: int) -> Any:
    """A preexec function placing the two pipe ends on fds 3 and 4 in the child, whatever
    numbers they have here (moved above 9 first, so one never overwrites the other)."""
    import fcntl

    def place() -> None:
        high_in = fcntl.fcntl(commands, fcntl.F_DUPFD, 10)
        high_out = fcntl.fcntl(replies, fcntl.F_DUPFD, 10)
        os.dup2(high_in, 3)
        os.dup2(high_out, 4)

    return place


@dataclass
class PageRun:
    """What happened while a page loaded: `errors` are human-readable lines, empty when clean."""

    errors: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    screenshot: bytes | None = None


class DevTools:
    """One Chromium process and a flat session on its first page."""

    def __init__(self, binary: str, width: int, height: int) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="vaultkit-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # The child must find the protocol on fds 3 (commands in) and 4 (replies out).
        self._proc = subprocess.Popen(
            [
                binary,
                *FLAGS,
                f"--user-data-dir={self._profile.name}",
                f"--window-size={width},{height}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=_pipe_fds(to_child_r, from_child_w),
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session = ""

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError, RuntimeError):
            self.send("Browser.close", timeout=5, session=False)
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._to_child, self._from_child):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._profile.cleanup()

    def _read_message(self, deadline: float) -> dict[str, Any]:
        sel = selectors.DefaultSelector()
        sel.register(self._from_child, selectors.EVENT_READ)
        try:
            while b"\0" not in self._buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise TimeoutError("chromium did not answer in time")
                chunk = os.read(self._from_child, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self._buffer += chunk
        finally:
            sel.close()
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)  # type: ignore[no-any-return]

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, timeout: float = 30, session: bool = True
    ) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})  # type: ignore[no-any-return]
            self._record(reply)

    def _record(self, event: dict[str, Any]) -> None:
        self.events.append(event)
        if event.get("method") == "Page.javascriptDialogOpening":
            # A dialog (an injected alert()) blocks the page until answered.
            self._next_id += 1
            answer = {
                "id": self._next_id,
                "method": "Page.handleJavaScriptDialog",
                "params": {"accept": True},
                "sessionId": self.session,
            }
            os.write(self._to_child, json.dumps(answer).encode() + b"\0")

    def wait_for(self, method: str, timeout: float = 30) -> dict[str, Any]:
        for event in self.events:
            if event.get("method") == method:
                return event
        deadline = time.monotonic() + timeout
        while True:
            event = self._read_message(deadline)
            self._record(event)
            if event.get("method") == method:
                return event

    def attach(self) -> None:
        targets = self.send("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True}, session=False)[
            "sessionId"
        ]

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r} raised: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")


def _describe(event: dict[str, Any]) -> str | None:
    """A line for an event that means the page has a problem, else None."""
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.exceptionThrown":
        details = params["exceptionDetails"]
        text = details.get("exception", {}).get("description") or details.get("text", "")
        return f"uncaught exception at line {details.get('lineNumber', 0) + 1}: {text}"
    if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
        args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
        return f"console.{params['type']}: {args}"
    if method == "Log.entryAdded" and params["entry"].get("level") == "error":
        entry = params["entry"]
        return f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".rstrip()
    if method == "Page.javascriptDialogOpening":
        return f"a JavaScript {params.get('type')} dialog opened: {params.get('message')!r}"
    if method == "Network.requestWillBeSent" and not params["request"]["url"].startswith(("file:", "data:", "about:")):
        return f"network request: {params['request']['url']}"
    return None


def open_page(
    binary: str,
    page: Path,
    *,
    expressions: dict[str, str] | None = None,
    screenshot: bool = False,
    width: int = 1280,
    height: int = 2000,
    settle: float = 0.5,
) -> PageRun:
    """Load `page` (a local file), then evaluate `expressions` (name -> JS) and optionally screenshot."""
    tools = DevTools(binary, width, height)
    run = PageRun()
    try:
        tools.attach()
        for domain in ("Runtime", "Log", "Page", "Network"):
            tools.send(f"{domain}.enable")
        tools.send(
            "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
        )
        tools.send("Page.navigate", {"url": page.resolve().as_uri()})
        tools.wait_for("Page.loadEventFired")
        time.sleep(settle)  # let late console messages and load errors arrive
        for name, expression in (expressions or {}).items():
            run.values[name] = tools.evaluate(expression)
        if screenshot:
            run.screenshot = base64.b64decode(tools.send("Page.captureScreenshot", {"format": "png"})["data"])
        tools.send("Runtime.evaluate", {"expression": "0"})  # flush events queued meanwhile
        for event in tools.events:
            line = _describe(event)
            if line:
                run.errors.append(line)
    finally:
        tools.close()
    return run

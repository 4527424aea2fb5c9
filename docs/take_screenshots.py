"""Retake the README screenshots: a throw-away platform with the demo data, driven in Chromium.

    .venv/bin/python docs/take_screenshots.py

Starts the embedded PostgreSQL in a temporary folder, loads the demo, serves on a free port,
logs in as the demo supervisor and saves PNGs in docs/screenshots/. Nothing leaves the machine.
"""

# ruff: noqa: S603 (runs our own `hotline` command)

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.async_api import Page, async_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
HOTLINE = Path(sys.executable).with_name("hotline")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str) -> None:
    for _ in range(120):
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 (our own http://127.0.0.1)
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer")


async def shoot(base: str, email: str, password: str) -> None:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = await browser.new_context(locale="fr-CA", viewport={"width": 1280, "height": 860})
        page: Page = await context.new_page()
        await page.goto(f"{base}/console/login")
        await page.screenshot(path=str(OUT / "console-login.png"))
        await page.fill("#email", email)
        await page.fill("#password", password)
        await page.keyboard.press("Enter")
        await page.wait_for_url(f"{base}/console")
        chat = await context.new_page()
        await chat.goto(f"{base}/chat")
        text = "Bonjour, mon patron garde mon passeport et me menace. Je suis à Laval."
        await chat.fill("#chat-input", text)
        await chat.keyboard.press("Enter")
        await chat.wait_for_selector("#chat-messages li.in")
        await chat.screenshot(path=str(OUT / "chat-fr.png"))
        await page.bring_to_front()
        await page.locator("#queue li.queue-item a").first.click()
        await page.wait_for_selector("#messages li.in details.triage-why")
        await page.locator("#messages li.in details.triage-why summary").last.click()
        await page.evaluate("window.scrollTo(0, 0)")
        await page.screenshot(path=str(OUT / "console.png"), full_page=True)
        await page.goto(f"{base}/console/directory")
        await page.screenshot(path=str(OUT / "directory.png"))
        await browser.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "HOTLINE_DATA_DIR": data_dir, "HOTLINE_ENV": "development"}
        port = free_port()
        subprocess.run([str(HOTLINE), "migrate"], env=env, check=True, capture_output=True)
        demo = subprocess.run([str(HOTLINE), "demo"], env=env, check=True, capture_output=True, text=True)
        lines = demo.stdout.splitlines()
        email = next(line.split()[2] for line in lines if "Supervisor login:" in line)
        password = [line.split()[-1] for line in lines if "Password:" in line][1]
        server = subprocess.Popen([str(HOTLINE), "serve", "--port", str(port)], env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(f"{base}/healthz")
            asyncio.run(shoot(base, email, password))
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()

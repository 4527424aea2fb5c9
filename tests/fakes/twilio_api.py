"""A fake Twilio REST API: `POST /2010-04-01/Accounts/{sid}/Messages.json`, and for voice
`Calls.json` (an outbound call) and `Calls/{CallSid}.json` (new instructions for a live call).

Records every accepted send; can answer 429 or 500, or hang, for the next requests; a call
in `ended_calls` is no longer in progress (updates answer 400, code 21220, as Twilio does).
"""

from __future__ import annotations

import base64
import threading
import uuid
from typing import Any

from tests.fakes.http_fake import Behaviour, FakeHttpServer, Reply, Request

ACCOUNT_SID = "AC" + "a" * 32
AUTH_TOKEN = "fake-twilio-auth-token-0123456789"


class FakeTwilio:
    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.sent: list[dict[str, Any]] = []
        self.refused: list[dict[str, Any]] = []  # answered with an error
        self.unanswered: list[dict[str, Any]] = []  # hung
        self.calls: list[dict[str, Any]] = []  # outbound calls placed
        self.call_updates: list[dict[str, Any]] = []  # live calls redirected, with "CallSid"
        self.ended_calls: set[str] = set()
        self.conferences: dict[str, str] = {}  # friendly name -> CF sid, "in-progress"
        self.participants: list[dict[str, Any]] = []  # added, with "ConferenceSid"
        self.participant_updates: list[dict[str, Any]] = []  # with "ConferenceSid", "CallSid"
        self.behaviour = Behaviour()
        self._lock = threading.Lock()
        self.server = FakeHttpServer(self._handle)
        self.url = self.server.url

    def start(self) -> FakeTwilio:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def fail_next(self, count: int, status: int = 500) -> None:
        self.behaviour.forced += [
            Reply(
                status,
                {"code": 20429 if status == 429 else 20500, "message": "fake outage", "status": status},
            )
        ] * count

    def hang_next(self, count: int, seconds: float = 30.0) -> None:
        self.behaviour.forced += [Reply(200, None, hang_seconds=seconds)] * count

    def reject_next(self, count: int, code: int = 21211) -> None:
        self.behaviour.forced += [
            Reply(400, {"code": code, "message": "Invalid 'To' Phone Number", "status": 400})
        ] * count

    def _handle(self, request: Request) -> Reply:
        expected = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if request.headers.get("authorization") != expected:
            return Reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
        account = f"/2010-04-01/Accounts/{self.account_sid}"
        if request.method == "POST" and request.path.startswith(account + "/Calls"):
            return self._calls(request, request.path[len(account + "/Calls") :])
        if request.path.startswith(account + "/Conferences"):
            return self._conferences(request, request.path[len(account + "/Conferences") :])
        if request.method != "POST" or request.path != account + "/Messages.json":
            return Reply(404, {"code": 20404, "message": "not found", "status": 404})
        record = {**request.form, "idempotency_key": request.headers.get("i-twilio-idempotency-token")}
        forced = self.behaviour.next_forced()
        if isinstance(forced, Reply):
            with self._lock:
                (self.unanswered if forced.hang_seconds else self.refused).append(record)
            return forced
        with self._lock:
            sid = f"SM{uuid.uuid4().hex}"  # unique, as Twilio's are
            self.sent.append({**record, "sid": sid})
        return Reply(
            201,
            {
                "sid": sid,
                "account_sid": self.account_sid,
                "to": request.form.get("To"),
                "from": request.form.get("From"),
                "body": request.form.get("Body"),
                "status": "queued",
                "messaging_service_sid": request.form.get("MessagingServiceSid"),
                "num_segments": "1",
                "direction": "outbound-api",
                "api_version": "2010-04-01",
                "date_created": None,
                "date_updated": None,
                "date_sent": None,
                "error_code": None,
                "error_message": None,
                "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
            },
        )

    def _call(self, sid: str, form: dict[str, Any], status: str) -> dict[str, Any]:
        return {
            "sid": sid,
            "account_sid": self.account_sid,
            "to": form.get("To"),
            "from": form.get("From"),
            "status": status,
            "direction": "outbound-api",
            "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Calls/{sid}.json",
        }

    def _calls(self, request: Request, rest: str) -> Reply:
        forced = self.behaviour.next_forced()
        if isinstance(forced, Reply):
            with self._lock:
                self.refused.append(dict(request.form))
            return forced
        if rest == ".json":
            sid = f"CA{uuid.uuid4().hex}"
            with self._lock:
                self.calls.append({**request.form, "sid": sid})
            return Reply(201, self._call(sid, request.form, "queued"))
        sid = rest.lstrip("/").removesuffix(".json")
        if sid in self.ended_calls:
            return Reply(400, {"code": 21220, "message": "Call is not in-progress", "status": 400})
        with self._lock:
            self.call_updates.append({**request.form, "CallSid": sid})
        return Reply(200, self._call(sid, request.form, "in-progress"))

    def start_conference(self, name: str) -> str:
        """A conference Twilio would have created when its first participant joined."""
        sid = f"CF{uuid.uuid4().hex}"
        with self._lock:
            self.conferences[name] = sid
        return sid

    def _conferences(self, request: Request, rest: str) -> Reply:
        """`GET Conferences.json?FriendlyName=&Status=in-progress`, `POST Conferences/{sid}/
        Participants.json` (add a number), `POST .../Participants/{CallSid}.json` (update)."""
        if request.method == "GET" and rest == ".json":
            name = request.query.get("FriendlyName")
            found = [
                {
                    "sid": sid,
                    "friendly_name": friendly,
                    "status": "in-progress",
                    "account_sid": self.account_sid,
                }
                for friendly, sid in self.conferences.items()
                if name in (None, friendly)
            ]
            return Reply(
                200,
                {
                    "conferences": found,
                    "page": 0,
                    "page_size": 50,
                    "start": 0,
                    "end": len(found),
                    "next_page_uri": None,
                    "previous_page_uri": None,
                    "first_page_uri": None,
                    "uri": request.path,
                },
            )
        parts = rest.lstrip("/").removesuffix(".json").split("/")
        if request.method != "POST" or len(parts) < 2 or parts[0] not in self.conferences.values():
            return Reply(404, {"code": 20404, "message": "not found", "status": 404})
        if len(parts) == 2:
            sid = f"CA{uuid.uuid4().hex}"
            with self._lock:
                self.participants.append({**request.form, "ConferenceSid": parts[0], "sid": sid})
            return Reply(
                201,
                {
                    "call_sid": sid,
                    "conference_sid": parts[0],
                    "account_sid": self.account_sid,
                    "status": "queued",
                },
            )
        with self._lock:
            self.participant_updates.append({**request.form, "ConferenceSid": parts[0], "CallSid": parts[2]})
        return Reply(
            200,
            {
                "call_sid": parts[2],
                "conference_sid": parts[0],
                "account_sid": self.account_sid,
                "status": "connected",
            },
        )

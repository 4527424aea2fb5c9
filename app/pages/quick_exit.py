"""The quick exit's call home: an answer that asks the caller's browser to forget this origin.

`chat.js` sends an empty beacon here as it leaves the chat page (it does not wait for the
answer). The answer carries `Clear-Site-Data: "cache", "storage"`: the browser drops this
origin's HTTP cache (files an older page version left there) and everything scripts stored
(local and session storage, IndexedDB, Cache API, service workers).

Not "cookies": the chat sets none (tests/security/test_caller_device.py), so on a caller's
device there is none of ours to clear; the directive clears every cookie of the registrable
domain (`example.org` for `hotline.example.org`: the organisation's other sites too, a log-out
someone sharing the device could notice), and it would end the console session of an operator
who tries the chat in the browser they work in (the console's cookies are on this origin).

No token, no session, no database, no cookie, no body: whoever calls learns nothing and changes
nothing here. The access log records the route and status only, as for every request.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

router = APIRouter(include_in_schema=False)

EXIT_PATH = "/chat/exit"
CLEAR_SITE_DATA = '"cache", "storage"'


@router.post(EXIT_PATH)
async def forget_this_site() -> Response:
    # `Cache-Control: no-store` is added by app.security.headers, as on every page.
    return Response(status_code=204, headers={"Clear-Site-Data": CLEAR_SITE_DATA})

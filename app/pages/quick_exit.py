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

One header is read: `Sec-Fetch-Site`. A browser sends it with every request, and with the
chat's own beacon it says `same-origin`. A form or a script on another site would say
`cross-site` or `same-site`: answered 403 without the header, so another page cannot wipe the
chat a caller is writing in (its session token is in the page's storage). A client that sends
no `Sec-Fetch-Site` (an old browser) is answered as before.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import Response

router = APIRouter(include_in_schema=False)

EXIT_PATH = "/chat/exit"
CLEAR_SITE_DATA = '"cache", "storage"'


# What `Sec-Fetch-Site` says of the chat's own beacon ("none": typed or bookmarked, no page sent it).
_OWN = frozenset({"same-origin", "none"})


@router.post(EXIT_PATH)
async def forget_this_site(sec_fetch_site: Annotated[str | None, Header()] = None) -> Response:
    if sec_fetch_site is not None and sec_fetch_site not in _OWN:
        return Response(status_code=403)
    # `Cache-Control: no-store` is added by app.security.headers, as on every page.
    return Response(status_code=204, headers={"Clear-Site-Data": CLEAR_SITE_DATA})

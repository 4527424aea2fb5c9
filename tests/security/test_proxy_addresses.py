"""deploy/nginx.conf gives the app a client's address only where the login throttle needs it.

Without it every login reached the app from 127.0.0.1, so the "per client" counter was one
counter for the whole world: a stranger failing 50 logins locked every staff member (and
every partner) out for 15 minutes, again and again. The caller's paths still never carry it.
"""

from __future__ import annotations

import re
from pathlib import Path

NGINX = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"
LOGINS = ("/console/login", "/api/auth/login", "/partner/login")
CALLER_PATHS = ("/", "/chat", "/chat/", "/channels/", "/channels/webchat/ws", "/console/ws")
_LOCATION = re.compile(r"location\s+(=\s+)?(\S+)\s*\{([^}]*)\}")


def _locations() -> dict[str, str]:
    text = "\n".join(line.split("#", 1)[0] for line in NGINX.read_text().splitlines())
    return {path: body for _, path, body in _LOCATION.findall(text)}


def _forwarded_for(body: str) -> str | None:
    found = re.search(r"proxy_set_header\s+X-Forwarded-For\s+(\S+);", body)
    return found.group(1) if found else None


def test_the_login_forms_get_the_client_address() -> None:
    locations = _locations()
    for path in LOGINS:
        assert path in locations, path
        body = locations[path]
        assert _forwarded_for(body) == "$remote_addr", path
        for header in ("Host $host", "X-Forwarded-Proto $scheme", 'X-Real-IP ""', 'Connection ""'):
            assert f"proxy_set_header {header};" in re.sub(r"\s+", " ", body), (path, header)
        assert "proxy_pass http://127.0.0.1:8000;" in body  # from 127.0.0.1: uvicorn trusts it


def test_no_caller_path_carries_the_address() -> None:
    locations = _locations()
    for path in CALLER_PATHS:
        assert _forwarded_for(locations[path]) in (None, '""'), path
    server_wide = re.search(r"proxy_set_header\s+X-Forwarded-For\s+(\S+);", NGINX.read_text())
    assert server_wide is not None and server_wide.group(1) == '""'


def test_the_chat_and_its_files_and_exit_leave_no_proxy_log_line() -> None:
    """/chat/static/... and the quick exit's /chat/exit: a dated line in the proxy's log would
    show when someone wrote to the hotline, or left it in a hurry."""
    locations = _locations()
    for path in ("/chat", "/chat/", "/channels/", "/channels/webchat/ws"):
        assert "access_log off;" in locations[path], path


def test_one_address_opens_few_chat_sockets_and_the_refusals_are_not_logged() -> None:
    text = NGINX.read_text()
    zone = re.search(r"limit_conn_zone\s+\$binary_remote_addr\s+zone=(\w+):\d+m;", text)
    assert zone is not None
    body = re.sub(r"\s+", " ", _locations()["/channels/webchat/ws"])
    limit = re.search(rf"limit_conn {zone.group(1)} (\d+);", body)
    assert limit is not None and 1 <= int(limit.group(1)) <= 20
    assert "limit_conn_log_level info;" in body  # below the error log's level: no address written
    assert re.search(r"error_log \S+ crit;", text)


def test_compose_trusts_the_gateway_its_nginx_comes_through() -> None:
    """Under compose the host's nginx reaches the app from the bridge network's gateway."""
    import yaml

    compose = yaml.safe_load((NGINX.parent / "compose.yaml").read_text())
    app = compose["services"]["app"]
    gateway = compose["networks"]["hotline"]["ipam"]["config"][0]["gateway"]
    assert "hotline" in app["networks"]
    assert app["environment"]["HOTLINE_FORWARDED_ALLOW_IPS"] == gateway


def test_kubernetes_trusts_the_ingress_pods() -> None:
    deployment = (NGINX.parent / "kubernetes" / "deployment.yaml").read_text()
    assert re.search(r"name: HOTLINE_FORWARDED_ALLOW_IPS\s+value: \d+\.\d+\.\d+\.\d+/\d+", deployment)


def test_trusting_every_address_is_a_configuration_warning() -> None:
    from app.cli import config_check
    from app.settings import Environment, Settings

    _, warnings = config_check.check(Settings(env=Environment.test, forwarded_allow_ips="127.0.0.1,*"))
    assert any("HOTLINE_FORWARDED_ALLOW_IPS" in warning for warning in warnings)
    _, quiet = config_check.check(Settings(env=Environment.test, forwarded_allow_ips="10.244.0.0/16"))
    assert not any("HOTLINE_FORWARDED_ALLOW_IPS" in warning for warning in quiet)


def test_one_address_reads_the_public_directory_at_a_bounded_rate_unlogged() -> None:
    """300 directory reads sent together by one stranger held a caller's chat 6.6 s."""
    text = NGINX.read_text()
    zone = re.search(r"limit_req_zone\s+\$binary_remote_addr\s+zone=(\w+):\d+m\s+rate=(\d+)r/s;", text)
    assert zone is not None and 1 <= int(zone.group(2)) <= 50
    body = re.sub(r"\s+", " ", _locations()["/api/directory/"])
    assert re.search(rf"limit_req zone={zone.group(1)} burst=\d+ nodelay;", body)
    assert "limit_req_log_level info;" in body
    assert _forwarded_for(body) is None  # the server-wide empty header: no address to the app


def test_links_whose_path_is_a_secret_leave_no_proxy_log_line() -> None:
    """The partner's notice link and invitation carry their token in the path: the access log
    writes $uri, so these paths are not logged at all."""
    locations = _locations()
    for path, route in (("/partner/r/", '"/r/{token}"'), ("/partner/invitation/", '"/invitation/{token}"')):
        assert "access_log off;" in locations[path], path
        pages = Path(__file__).resolve().parents[2] / "app" / "pages"
        assert any(route in page.read_text() for page in pages.glob("partner*.py")), route


def test_one_address_opens_new_chats_below_the_line_that_holds_everyones() -> None:
    """A new chat socket is a new chat: one stranger opened 100 in 10.5 s, and past
    HOTLINE_WEBCHAT_NEW_PER_MINUTE (60) every new chat, callers' too, waited as held (62
    waiting, 42 held). One address now opens at most the burst and a minute's rate in its
    first minute, fewer than that line."""
    from app.settings import Settings

    text = NGINX.read_text()
    zone = re.search(r"limit_req_zone\s+\$binary_remote_addr\s+zone=(\w+):\d+m\s+rate=(\d+)r/m;", text)
    assert zone is not None
    body = re.sub(r"\s+", " ", _locations()["/channels/webchat/ws"])
    burst = re.search(rf"limit_req zone={zone.group(1)} burst=(\d+) nodelay;", body)
    assert burst is not None
    assert int(burst.group(1)) + int(zone.group(2)) < Settings().webchat_new_per_minute
    assert "limit_req_status 429;" in body and "limit_req_log_level info;" in body

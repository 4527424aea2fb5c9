"""Webhook notices go only to public addresses: the address rules, without a database."""

from __future__ import annotations

import pytest

from app.referrals.webhook_address import checked
from channels.base import DeliveryFailed


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://93.184.216.34/hook", "webhook_url_not_https"),
        ("https://127.0.0.1:5432/", "webhook_address_not_public"),
        ("https://localhost/hook", "webhook_address_not_public"),
        ("https://169.254.169.254/latest/meta-data/", "webhook_address_not_public"),
        ("https://10.0.0.7/hook", "webhook_address_not_public"),
        ("https://[::1]/hook", "webhook_address_not_public"),
        ("https://[::ffff:127.0.0.1]/hook", "webhook_address_not_public"),
        ("https://0.0.0.0/hook", "webhook_address_not_public"),
        # IPv6 forms that carry an IPv4 address, which Python 3.11 calls global: NAT64 (the
        # well-known prefix, and the local-use one, private by definition), 6to4, IPv4-compatible.
        ("https://[64:ff9b::a9fe:a9fe]/latest/meta-data/", "webhook_address_not_public"),
        ("https://[64:ff9b::7f00:1]:5432/", "webhook_address_not_public"),
        ("https://[64:ff9b:1::a00:7]/hook", "webhook_address_not_public"),
        ("https://[2002:a9fe:a9fe::1]/hook", "webhook_address_not_public"),
        ("https://[::127.0.0.1]/hook", "webhook_address_not_public"),
        ("https://[::a00:7]/hook", "webhook_address_not_public"),
        ("file:///etc/passwd", "webhook_url_invalid"),
        ("https://user:secret@93.184.216.34/", "webhook_url_invalid"),
        ("https://93.184.216.34:notaport/", "webhook_url_invalid"),
        ("not a url", "webhook_url_invalid"),
    ],
)
async def test_a_webhook_url_that_may_not_be_called_is_refused_with_a_code(url: str, code: str) -> None:
    with pytest.raises(DeliveryFailed) as refused:
        await checked(url, private_hosts=[])
    assert refused.value.reason == code and not refused.value.retry
    assert url not in str(refused.value)


async def test_a_public_address_is_called_at_the_checked_ip_with_the_partner_host() -> None:
    address = await checked("https://93.184.216.34:8443/hooks/hotline?x=1", private_hosts=[])
    assert address.url == "https://93.184.216.34:8443/hooks/hotline?x=1"
    assert address.host_header == "93.184.216.34:8443" and address.host == "93.184.216.34"


async def test_a_host_the_deployment_trusts_may_be_internal_and_plain_http() -> None:
    address = await checked("http://localhost:9000/hook", private_hosts=["LOCALHOST"])
    assert address.url in ("http://127.0.0.1:9000/hook", "http://[::1]:9000/hook")
    assert address.host_header == "localhost:9000"


async def test_an_ipv6_address_that_carries_a_public_ipv4_one_is_public() -> None:
    """NAT64 to a public IPv4 address is how an IPv6-only host reaches an IPv4-only partner."""
    address = await checked("https://[64:ff9b::5db8:d822]/hook", private_hosts=[])
    assert address.url == "https://[64:ff9b::5db8:d822]/hook"

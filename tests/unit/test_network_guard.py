"""The test suite cannot reach the internet."""

import socket

import pytest


def test_connection_to_public_address_is_refused() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(RuntimeError, match="network"):
        sock.connect(("93.184.216.34", 443))


def test_name_lookup_of_public_host_is_refused() -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.getaddrinfo("api.telegram.org", 443)


def test_loopback_is_allowed() -> None:
    assert socket.getaddrinfo("127.0.0.1", 80)

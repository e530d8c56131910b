"""What the office database's URL and the office key file may never give away."""
from __future__ import annotations

import json

import pytest

from core.errors import ValidationError
from core.office_key import SCRYPT_N, read_office_key
from core.store.office import has_password, reason_without_secrets, shown_url


@pytest.mark.parametrize("url, secret", [
    ("postgresql://clerk:S3cret%zz@server/office", "S3cret%zz"),
    ("postgresql://server/office?password='my S3cret'&sslmode=require", "my S3cret"),
    ("postgresql://clerk:p%40ss@server/office", "p@ss"),
])
def test_a_password_in_the_url_is_never_shown(url, secret):
    assert has_password(url)
    assert secret not in shown_url(url)
    quoted_by_the_driver = Exception(f'invalid connection option: "{secret}" and more\nsecond line')
    assert secret not in reason_without_secrets(url, quoted_by_the_driver)
    assert "invalid connection option" in reason_without_secrets(url, quoted_by_the_driver)


def test_a_url_without_a_password_is_shown_whole():
    url = "postgresql://clerk@server:5433/office?sslmode=require"
    assert not has_password(url) and shown_url(url) == url


def test_a_key_file_asking_for_other_scrypt_costs_is_refused_before_deriving(tmp_path):
    crafted = tmp_path / "office.key"
    crafted.write_text(json.dumps({"format": "customsdesk-office-key", "version": 1, "kdf": "scrypt",
                                   "n": SCRYPT_N * 1024, "r": 8, "p": 1, "salt": "AAAA", "nonce": "AAAA",
                                   "sealed": "AAAA"}), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        read_office_key(crafted, "correct horse battery staple")
    assert refused.value.errors[0].field == "passphrase"

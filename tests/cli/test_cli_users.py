"""Acting as a user from the command line: --user/--password-file, user-add, represent, audit; exit 3."""
from __future__ import annotations

import pytest
from data_folders import records_of

from simulator.demo import DEMO_PAC, DEMO_PASSWORD

EXIT_OK, EXIT_INVALID, EXIT_LOGIN = 0, 2, 3
PAC_GRN_START = "25CZ520101000011"


def _ok(result):
    assert result.returncode == EXIT_OK, result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    return result.json


@pytest.fixture
def password_file(tmp_path):
    def write(password: str, name: str = "pw") -> str:
        path = tmp_path / name
        path.write_text(password + "\n", encoding="utf-8")
        return str(path)
    return write


@pytest.fixture
def demo(cli):
    return _ok(cli("demo"))


def as_user(cli, login, password_path, *args):
    return cli("--user", login, "--password-file", password_path, *args)


def test_without_user_options_the_password_less_administrator_acts_as_before(cli, demo):
    assert len(_ok(cli("orgs", "--json"))) == 4
    assert len(_ok(cli("guarantees", "--json"))) == 10


def test_a_declarant_sees_only_the_organisations_they_represent(cli, demo, password_file):
    pw = password_file(DEMO_PASSWORD)
    names = {o["name"] for o in _ok(as_user(cli, "jan", pw, "orgs", "--json"))}
    # directly Spedice Brno and Transpol; Jihočeská doprava through the agency Spedice Brno; not Hafen (ended)
    assert names == {"Spedice Brno s.r.o.", "Transpol Sp. z o.o.", "Jihočeská doprava a.s."}
    org_ids = {g["org_id"] for g in _ok(as_user(cli, "jan", pw, "guarantees", "--json"))}
    visible_ids = {o["id"] for o in _ok(as_user(cli, "jan", pw, "orgs", "--json"))}
    assert org_ids and org_ids <= visible_ids


def test_wrong_password_exits_3_with_a_clear_message_and_is_audited(cli, demo, password_file):
    result = as_user(cli, "jan", password_file("not the password", "bad"), "orgs", "--json")
    assert result.returncode == EXIT_LOGIN
    assert "Wrong login name or password" in result.json["errors"][0]["message"]
    assert "Traceback" not in result.stderr
    unknown = as_user(cli, "nobody", password_file("not the password", "bad"), "orgs")
    assert unknown.returncode == EXIT_LOGIN
    assert unknown.json == result.json  # an unknown name says no more than a wrong password
    failed = _ok(cli("audit", "--json", "--action", "login_failed"))
    assert {e["user"] for e in failed} == {"jan", "(unknown login)"}  # what was typed may be a password


def test_a_missing_password_file_is_invalid_input_naming_the_option(cli, demo, tmp_path):
    result = cli("--user", "jan", "--password-file", tmp_path / "missing", "orgs")
    assert result.returncode == EXIT_INVALID
    assert result.error_fields() == {"--password-file"}


def test_user_add_represent_and_act(cli, demo, password_file):
    pw = password_file("carls own long password", "carl")
    added = _ok(cli("user-add", "carl", "--role", "declarant", "--level", "advanced", "--password-file", pw))
    assert (added["login"], added["role"], added["level"]) == ("carl", "declarant", "advanced")
    assert "password" not in added and "wrapped_key" not in added
    assert _ok(as_user(cli, "carl", pw, "orgs", "--json")) == []

    transpol = next(o for o in _ok(cli("orgs", "--json")) if o["name"].startswith("Transpol"))
    rep = _ok(cli("represent", "--user", "carl", "--org", transpol["id"], "--rights", "basic"))
    assert (rep["org_id"], rep["rights"], rep["valid_to"], rep["effective_rights"]) == (transpol["id"], "basic", None, "basic")
    assert [o["id"] for o in _ok(as_user(cli, "carl", pw, "orgs", "--json"))] == [transpol["id"]]

    ended = _ok(cli("represent", "--user", "carl", "--org", transpol["id"], "--rights", "basic", "--until", "2020-01-01",
                    "--from", "2019-01-01"))
    assert ended["id"] == rep["id"]  # a change is an update, never a second registration
    assert _ok(as_user(cli, "carl", pw, "orgs", "--json")) == []
    actions = [e["action"] for e in _ok(cli("audit", "--json"))]
    assert {"user_added", "representation_added", "representation_changed"} <= set(actions)


def test_a_basic_access_level_caps_the_rights(cli, demo, password_file):
    pw = password_file("dana has a long password", "dana")
    _ok(cli("user-add", "dana", "--role", "officer", "--password-file", pw))
    org_id = _ok(cli("orgs", "--json"))[0]["id"]
    rep = _ok(cli("represent", "--user", "dana", "--org", org_id, "--rights", "extended"))
    assert (rep["rights"], rep["effective_rights"]) == ("extended", "basic")


def test_only_an_administrator_adds_users_and_representations(cli, demo, password_file):
    pw = password_file(DEMO_PASSWORD)
    new_pw = password_file("somebody long password", "new")
    refused = as_user(cli, "petra", pw, "user-add", "mallory", "--role", "admin", "--password-file", new_pw)
    assert refused.returncode == EXIT_LOGIN
    assert "administrator" in refused.json["errors"][0]["message"]
    refused = as_user(cli, "petra", pw, "represent", "--user", "petra", "--org", 4, "--rights", "extended")
    assert refused.returncode == EXIT_LOGIN


def test_a_declarant_cannot_register_access_codes(cli, demo, password_file):
    pw = password_file(DEMO_PASSWORD)
    grn = next(g["grn"] for g in _ok(as_user(cli, "jan", pw, "guarantees", "--json")) if g["grn"].startswith(PAC_GRN_START))
    refused = as_user(cli, "jan", pw, "register-codes", grn)
    assert refused.returncode != EXIT_OK
    assert "guarantee officer" in refused.json["errors"][0]["message"]


def test_each_user_gets_only_their_own_codes_and_pac_reveals_are_audited(cli, demo, password_file):
    pw = password_file(DEMO_PASSWORD)
    grn = next(g["grn"] for g in _ok(cli("guarantees", "--json")) if g["grn"].startswith(PAC_GRN_START))
    jan = _ok(as_user(cli, "jan", pw, "codes-show", grn))
    eva = _ok(as_user(cli, "eva", pw, "codes-show", grn))
    assert (jan["user"], jan["spk"], jan["pac"]) == ("jan", ["BX42"], None)
    assert (eva["user"], eva["spk"], eva["pac"]) == ("eva", ["EV03"], None)
    assert jan["pac_holder"] == eva["pac_holder"] != "jan"
    holder = _ok(cli("codes-show", grn))
    assert holder["pac"] == DEMO_PAC
    reveals = _ok(cli("audit", "--json", "--action", "pac_revealed"))
    assert [e["grn"] for e in reveals] == [grn]


def test_a_query_records_who_used_which_code_for_which_message(cli, demo, password_file):
    pw = password_file(DEMO_PASSWORD)
    grn = next(g["grn"] for g in _ok(as_user(cli, "jan", pw, "guarantees", "--json")) if g["grn"].startswith(PAC_GRN_START))
    queued = _ok(as_user(cli, "jan", pw, "query", grn, "--kind", "balance"))["queued"][0]
    [entry] = _ok(cli("audit", "--json", "--action", "spk_used"))
    assert (entry["user"], entry["grn"], entry["message_id"]) == ("jan", grn, queued["message_id"])
    assert "BX42" not in str(entry)
    own = _ok(as_user(cli, "jan", pw, "audit", "--json"))
    assert own and {e["user"] for e in own} == {"jan"}  # a declarant reads only their own entries


def test_changing_a_password_keeps_the_codes_and_the_old_password_stops_working(cli, demo, password_file):
    old, new = password_file(DEMO_PASSWORD), password_file("jan's brand new password", "new")
    grn = next(g["grn"] for g in _ok(as_user(cli, "jan", old, "guarantees", "--json")) if g["grn"].startswith(PAC_GRN_START))
    _ok(as_user(cli, "jan", old, "passwd", "--new-password-file", new))
    assert as_user(cli, "jan", old, "orgs").returncode == EXIT_LOGIN
    assert _ok(as_user(cli, "jan", new, "codes-show", grn))["spk"] == ["BX42"]


def test_an_administrator_reset_loses_the_users_codes(cli, demo, password_file, cli_data_dir):
    pw, new = password_file(DEMO_PASSWORD), password_file("a reset password 42", "new")
    grn = next(g["grn"] for g in _ok(as_user(cli, "jan", pw, "guarantees", "--json")) if g["grn"].startswith(PAC_GRN_START))
    reset = _ok(cli("user-reset", "jan", "--password-file", new))
    assert reset["codes_lost"] is True and "unreadable" in reset["warning"]
    assert _ok(as_user(cli, "jan", new, "codes-show", grn))["spk"] == []
    with records_of(cli_data_dir) as db:
        jan_rows = db.execute("SELECT count(*) FROM access_codes a JOIN users u ON u.id = a.user_id "
                              "WHERE u.login = 'jan'").fetchone()[0]
    assert jan_rows == 0


def test_once_the_administrator_has_a_password_commands_need_the_user_options(cli, demo, password_file):
    admin = _ok(cli("users", "--json"))
    local_admin = next(u["login"] for u in admin if u["role"] == "admin")
    pw = password_file("the administrator's password")
    _ok(cli("user-reset", local_admin, "--password-file", pw))
    refused = cli("orgs", "--json")
    assert refused.returncode == EXIT_LOGIN
    assert "--user" in refused.json["errors"][0]["message"]
    assert len(_ok(as_user(cli, local_admin, pw, "orgs", "--json"))) == 4

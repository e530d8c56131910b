"""Real second users for tests on one database (shared by the unit, CLI and UI tests)."""
from __future__ import annotations

TEST_PASSWORD = "a long test password"


def add_colleague(admin_ws, login: str, role: str = "declarant", rights: str = "extended",
                  org_ids: list[int] | None = None, level: str = "advanced"):
    """Another real user on the same database, representing ``org_ids`` (default: every organisation);
    returns their own signed-in workspace."""
    from datetime import date

    from core.users import Level, Representation, Rights, Role, User
    from core.installation import open_context

    admin_ws.users.add_user(admin_ws.session, User(login=login, role=Role(role), level=Level(level),
                                                   identity_method="in person" if level == "advanced" else ""),
                            TEST_PASSWORD)
    user_id = admin_ws.users.get(login).id
    for org_id in org_ids if org_ids is not None else [o.id for o in admin_ws.organisations.list()]:
        admin_ws.representations.save(Representation(org_id=org_id, user_id=user_id, rights=Rights.from_name(rights),
                                                     valid_from=date(2020, 1, 1)))
    return open_context(admin_ws.data_dir, user=login, password=TEST_PASSWORD)

"""An imported folder of official message schemas is checked when chosen and used as well as our own."""
from __future__ import annotations

import shutil

import pytest
from unit_shared import SHARED

from core.errors import UserError
from core.messages import SchemaSet

OFFICIAL = SHARED / "ncts-p5-xsd"


def test_official_folder_is_accepted_and_remembered(workspace):
    found = workspace.set_schema_folder(OFFICIAL)
    assert found == ["cc034c.xsd", "cc037c.xsd", "cc055c.xsd", "cc906c.xsd", "cc917c.xsd"]
    assert workspace.schema_folder() == OFFICIAL.resolve()
    assert workspace.set_schema_folder(None) == []
    assert workspace.schema_folder() is None


def test_folder_without_message_schemas_is_refused_and_nothing_changes(workspace, tmp_path):
    workspace.set_schema_folder(OFFICIAL)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UserError, match="none of the message schemas"):
        workspace.set_schema_folder(empty)
    with pytest.raises(UserError, match="does not exist"):
        workspace.set_schema_folder(tmp_path / "missing")
    assert workspace.schema_folder() == OFFICIAL.resolve()


def test_broken_schema_file_is_refused(workspace, tmp_path):
    folder = tmp_path / "xsd"
    shutil.copytree(OFFICIAL, folder)
    (folder / "cc037c.xsd").write_text("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><broken")
    with pytest.raises(UserError, match="cannot be used"):
        workspace.set_schema_folder(folder)
    assert workspace.schema_folder() is None


def test_official_schema_catches_what_it_defines(tmp_path):
    """The official CC034C needs a GuaranteeReference; a message without one fails against the folder."""
    message = b"""<?xml version="1.0" encoding="UTF-8"?>
<ncts:CC034C xmlns:ncts="http://ncts.dgtaxud.ec" PhaseID="NCTS5.1">
  <messageSender>CDTRAIN01</messageSender><messageRecipient>NTA.CZ</messageRecipient>
  <preparationDateAndTime>2026-11-21T09:00:00</preparationDateAndTime>
  <messageIdentification>CD1</messageIdentification><messageType>CC034C</messageType>
  <Requester><identificationNumber>CZ25596641</identificationNumber><role>1</role></Requester>
</ncts:CC034C>"""
    problems = SchemaSet(OFFICIAL).validate(message)
    assert problems and any("GuaranteeReference" in p.message for p in problems)
    assert all(p.line >= 1 for p in problems)

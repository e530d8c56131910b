"""core/self_check.py: what a bundle must carry besides the code, each used once (the bundle's smoke test runs it)."""
from __future__ import annotations

import core.resources
from core.self_check import CHECKS, run_checks


def test_every_check_passes_in_the_source_tree():
    results = run_checks()
    assert [r.name for r in results] == [name for name, _ in CHECKS]
    assert all(r.passed for r in results), [r.as_dict() for r in results if not r.passed]
    details = {r.name: r.detail for r in results}
    assert "CUSPRL and CUSPRR" in details["message previews"]
    assert "atlas-summary-declaration.xsd" in details["message schemas"]
    assert "XMLDSig and CMS" in details["signatures"]


def test_missing_resources_fail_their_checks_by_name_and_the_others_still_run(tmp_path, monkeypatch):
    (tmp_path / "resources" / "xsl").mkdir(parents=True)  # a bundle that forgot the schemas, say
    monkeypatch.setattr(core.resources, "resources_dir", lambda: tmp_path / "resources")
    results = {r.name: r for r in run_checks()}
    assert not results["resources"].passed and "schemas" in results["resources"].detail
    assert not results["message schemas"].passed and "atlas-summary-declaration.xsd" in results["message schemas"].detail
    assert not results["code lists"].passed and "builtin.json" in results["code lists"].detail
    assert results["working days"].passed and results["PDF reports"].passed and results["signatures"].passed

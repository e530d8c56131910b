"""Every benchmark in bench/ runs in quick mode, reports all its figures and targets, and fails loudly.

The quick runs check that each benchmark works and reports every key with the right type, never a
timing: --quick reports the targets without enforcing them. Errors and missed targets are provoked
by replacing a function after its module is imported (a sitecustomize on PYTHONPATH, so that the
benchmarks' child processes get it too).
"""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import benchlib  # noqa: E402

pytestmark = pytest.mark.slow

NUMBER, COUNT, TEXT, FLAG = "number", "count", "text", "flag"
STATS = {"median": NUMBER, "min": NUMBER, "max": NUMBER}
COMMON = {"benchmark": TEXT, "quick": FLAG, "targets": dict, "targets_met": FLAG, "targets_enforced": FLAG}

SCHEMAS = {
    "startup": {
        "organisations": COUNT, "guarantees": COUNT, "runs": COUNT,
        "bare_window_s": STATS, "first_paint_s": STATS, "populated_s": STATS,
        "ratio_first_paint_to_bare": NUMBER, "ratio_populated_to_bare": NUMBER,
        "spawn_to_first_paint_s": {"bare": STATS, "app": STATS}, "ratio_spawn_to_first_paint": NUMBER,
        "phases_median_s": {
            "bare": {"imports": NUMBER, "application": NUMBER, "window_shown": NUMBER},
            "app": {"arguments": NUMBER, "library_check": NUMBER, "imports": NUMBER, "window_shown": NUMBER,
                    "sign_in_dialog": NUMBER, "signed_in": NUMBER, "populated": NUMBER},
        },
        "tree": {
            "rows_fetched_at_start": COUNT, "organisations_total": COUNT, "org_table_rows_fetched_at_start": COUNT,
            "ncts_rows_fetched_on_expand": COUNT, "rows_after_user_scroll_to_end": COUNT, "rows_after_scroll": COUNT,
            "scroll_batches_fetched_by_view": COUNT, "scroll_batches_fetched_explicitly": COUNT,
            "ncts_rows_fetched_while_scrolling": COUNT, "expand_ncts_s": NUMBER, "ratio_expand_ncts_to_bare": NUMBER,
            "scroll_organisations_to_end_s": NUMBER, "ratio_scroll_organisations_to_end_to_bare": NUMBER,
        },
        "database": {"build_s": NUMBER, "sample_grn_check_failures": COUNT, "sample_validation_failures": COUNT,
                     "db_size_mb": NUMBER},
        "measured": TEXT, "python": TEXT, "pyside6": TEXT,
    },
    "refdata_import": {
        "runs": COUNT, "entries_per_list": COUNT, "measured": TEXT,
        **{kind: {"file": TEXT, "customs_offices": COUNT, "code_lists": COUNT, "parse_only_s": NUMBER,
                  "import_s": NUMBER, "ratio_import_to_parse": NUMBER} for kind in ("customs_offices", "code_lists")},
    },
    "messaging": {
        "preview": {"usages": COUNT, "xml_bytes": COUNT, "html_bytes": COUNT, "plain_parse_xslt_s": NUMBER,
                    "render_html_s": NUMBER, "ratio_render_to_plain": NUMBER},
        "drain": {"queries": COUNT, "rounds": COUNT, "sent": COUNT, "applied": COUNT, "drain_s": NUMBER,
                  "drain_s_worst_round": NUMBER, "messages_per_second": NUMBER, "crypto_floor_s": NUMBER,
                  "ratio_drain_to_crypto_floor": NUMBER},
    },
    "users": {
        "runs": COUNT, "organisations": COUNT, "represented_by_declarant": COUNT, "scrypt_derivation_s": NUMBER,
        "open_without_password_s": NUMBER, "sign_in_with_scrypt_s": NUMBER, "ratio_sign_in_to_kdf": NUMBER,
        "ratio_sign_in_to_open": NUMBER, "admin_first_page_s": NUMBER, "declarant_first_page_s": NUMBER,
        "ratio_declarant_to_admin_page": NUMBER, "declarant_count_s": NUMBER, "measured": TEXT,
    },
    "certificates": {
        "runs": COUNT, "certificates": COUNT, "warnings": COUNT, "open_workspace_s": NUMBER,
        "expiry_warnings_s": NUMBER, "warnings_to_open_ratio": NUMBER, "measured": TEXT,
    },
    "sync_stall": {
        "answers_waiting": COUNT, "answers_applied": COUNT, "sync_s": NUMBER, "answers_per_second": NUMBER,
        "ticks_during_sync": COUNT, "timer_interval_ms": COUNT, "idle_longest_gap_ms": NUMBER,
        "longest_stall_ms": NUMBER, "ratio_stall_to_idle_gap": NUMBER,
    },
    "suma_message": {
        "positions": COUNT, "runs": COUNT, "xml_bytes": COUNT, "tostring_s": NUMBER, "build_s": NUMBER,
        "validate_s": NUMBER, "sign_s": NUMBER, "build_validate_sign_s": NUMBER,
        "ratio_build_validate_sign_to_tostring": NUMBER,
        "ratio_per_step": {"build": NUMBER, "validate": NUMBER, "sign": NUMBER},
        "verify_s": NUMBER, "parse_s": NUMBER, "measured": TEXT,
        "editor_open_and_scroll_to_end_s": NUMBER, "ratio_editor_to_tostring": NUMBER,
    },
    "office": {
        "workstations": COUNT, "organisations": COUNT, "guarantees": COUNT, "messages": COUNT, "fill_s": NUMBER,
        "db_copy_s": NUMBER, "db_copy_rows": COUNT,
        "office": {"actions": COUNT, "wall_s": NUMBER, "actions_per_second": NUMBER, "edit_conflicts": COUNT,
                   "p95_search_ms": NUMBER, "p95_edit_ms": NUMBER, "p95_page_ms": NUMBER, "p95_sync_ms": NUMBER,
                   "queries": COUNT, "sent_twice": COUNT, "applied_twice": COUNT, "unanswered": COUNT, "lost": COUNT},
        "single_sqlite": {"actions": COUNT, "wall_s": NUMBER, "actions_per_second": NUMBER, "p95_search_ms": NUMBER,
                          "p95_edit_ms": NUMBER, "p95_page_ms": NUMBER, "p95_sync_ms": NUMBER, "queries": COUNT,
                          "sent_twice": COUNT, "applied_twice": COUNT, "unanswered": COUNT, "lost": COUNT},
        "ratio_office_throughput_to_sqlite": NUMBER, "ratio_p95_search_office_to_sqlite": NUMBER,
        "ratio_p95_edit_office_to_sqlite": NUMBER, "ratio_p95_page_office_to_sqlite": NUMBER,
        "ratio_p95_sync_office_to_sqlite": NUMBER,
    },
    "database_open": {
        "runs": COUNT, "organisations": COUNT, "guarantees": COUNT, "audit_entries": COUNT, "db_size_mb": NUMBER,
        "build_s": NUMBER, "read_file_s": NUMBER, "integrity_check_s": NUMBER, "open_s": NUMBER,
        "open_ms_per_mb": NUMBER, "ratio_open_to_read": NUMBER, "ratio_open_to_integrity_check": NUMBER,
        "measured": TEXT,
    },
}
TARGETS = {
    "startup": {"ratio_first_paint_to_bare", "ratio_populated_to_bare"},
    "refdata_import": {"customs_offices_ratio_import_to_parse", "code_lists_ratio_import_to_parse"},
    "messaging": {"ratio_drain_to_crypto_floor", "ratio_render_to_plain"},
    "users": {"ratio_sign_in_to_kdf", "ratio_declarant_to_admin_page"},
    "certificates": {"warnings_to_open_ratio"},
    "sync_stall": {"longest_stall_ms"},
    "suma_message": {"ratio_build_validate_sign_to_tostring", "ratio_editor_to_tostring"},
    "database_open": {"ratio_open_to_integrity_check"},
    "office": {"ratio_office_throughput_to_sqlite", "ratio_p95_search_office_to_sqlite",
               "ratio_p95_page_office_to_sqlite", "ratio_p95_edit_office_to_sqlite"},
}
# A function on each benchmark's measured path; the startup one runs inside a Qt slot of a child process.
FAULTS = {
    "startup": ("ui.main_window", "MainWindow.attach"),
    "refdata_import": ("core.refdata.importer", "import_reference_files"),
    "messaging": ("core.messaging.service", "MessagingService.sync"),
    "users": ("core.organisations.service", "OrganisationService.list"),
    "certificates": ("core.transport.certificates", "CertificateStore.warnings"),
    "sync_stall": ("core.messaging.service", "MessagingService.sync"),  # on the send and receive's own thread
    "suma_message": ("core.suma.message", "build_cusprl"),
    "database_open": ("core.store.database", "_check_pages"),
    "office": ("core.store.copying", "copy_records"),
}
# Small sizes without --quick: the targets are enforced.
SMALL_FULL_RUNS = {
    "startup": ["--organisations", "500", "--guarantees", "2000", "--runs", "1"],
    "refdata_import": ["--entries", "200", "--runs", "1"],
    "messaging": ["--queries", "5", "--usages", "100", "--runs", "1", "--rounds", "1"],
    "users": ["--organisations", "500", "--represented", "100", "--runs", "1"],
    "certificates": ["--certificates", "50", "--runs", "1"],
    "sync_stall": ["--answers", "20", "--idle-seconds", "0.3"],
    "suma_message": ["--positions", "300", "--runs", "1"],
    "database_open": ["--organisations", "500", "--runs", "1"],
    "office": ["--workstations", "2", "--organisations", "100", "--guarantees", "300", "--messages", "500",
               "--operations", "6", "--queries", "1"],
}
FAULT_MESSAGE = "fault injected by the benchmark tests"

PATCH_AFTER_IMPORT = '''
import importlib.util
import sys

MODULE, OWNER, NAME = {module!r}, {owner!r}, {name!r}

{replacement}


class PatchAfterImport:
    """Replaces OWNER.NAME of MODULE once the module has run, before anybody imports names from it."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname != MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            owner = module
            for part in OWNER:
                owner = getattr(owner, part)
            setattr(owner, NAME, replacement(getattr(owner, NAME)))

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, PatchAfterImport())
'''
RAISE = f'''def replacement(original):
    def broken(*args, **kwargs):
        raise RuntimeError({FAULT_MESSAGE!r})
    return broken'''
MISS_EVERY_TARGET = '''def replacement(original):
    def unreachable(self, name, value, bound):
        return original(self, name, value, -1.0)
    return unreachable'''


def run_benchmark(name: str, *args: str, patch: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if patch is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(patch), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, str(BENCH / f"{name}.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


def write_patch(folder: Path, target: str, replacement: str) -> Path:
    module, _, attribute = target.partition(":")
    *owner, name = attribute.split(".")
    (folder / "sitecustomize.py").write_text(
        PATCH_AFTER_IMPORT.format(module=module, owner=owner, name=name, replacement=replacement))
    return folder


def shape_problems(value, schema, where: str = "") -> list[str]:
    """Where ``value`` lacks a key of ``schema``, has one it does not name, or a value of another type."""
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            return [f"{where or 'the result'}: {value!r} is not an object"]
        problems = [f"{where}.{key}: missing" for key in schema if key not in value]
        problems += [f"{where}.{key}: not expected" for key in value if key not in schema]
        for key in schema.keys() & value.keys():
            problems += shape_problems(value[key], schema[key], f"{where}.{key}")
        return problems
    if schema is dict:
        return [] if isinstance(value, dict) else [f"{where}: {value!r} is not an object"]
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    ok = {
        NUMBER: is_number and math.isfinite(value) and value >= 0,
        COUNT: isinstance(value, int) and not isinstance(value, bool) and value >= 0,
        TEXT: isinstance(value, str) and value != "",
        FLAG: isinstance(value, bool),
    }[schema]
    return [] if ok else [f"{where}: {value!r} is not a {schema}"]


# --- the benchmarks themselves -----------------------------------------------------------------------

def test_every_benchmark_is_checked_here_and_run_in_full_by_make_bench():
    scripts = {path.stem for path in BENCH.glob("*.py")} - {"benchlib"}
    assert scripts == set(SCHEMAS) == set(TARGETS) == set(FAULTS) == set(SMALL_FULL_RUNS)
    recipe = re.search(r"^bench:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.MULTILINE).group(1)
    for name in scripts:
        assert re.search(rf"\bbench/{name}\.py\s*$", recipe, re.MULTILINE), f"make bench does not run {name} in full"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_a_quick_run_exits_0_and_reports_every_figure_and_target(name):
    run = run_benchmark(name, "--quick")
    assert run.returncode == 0, run.stderr[-4000:]
    result = json.loads(run.stdout)
    assert shape_problems(result, {**COMMON, **SCHEMAS[name]}) == []
    assert result["benchmark"] == name
    assert result["quick"] is True and result["targets_enforced"] is False
    assert set(result["targets"]) == TARGETS[name]
    for target_name, target in result["targets"].items():
        bound = "max" if "max" in target else "min"
        assert shape_problems(target, {"value": NUMBER, bound: NUMBER, "met": FLAG}, target_name) == []
        assert target["met"] == (target["value"] <= target["max"] if bound == "max" else target["value"] >= target["min"])
    assert result["targets_met"] == all(t["met"] for t in result["targets"].values())


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_a_benchmark_whose_measured_code_raises_exits_non_zero(name, tmp_path):
    module, attribute = FAULTS[name]
    run = run_benchmark(name, "--quick", patch=write_patch(tmp_path, f"{module}:{attribute}", RAISE))
    assert run.returncode != 0, run.stdout[-2000:]
    assert FAULT_MESSAGE in run.stderr
    assert '"targets"' not in run.stdout  # no figures printed as if they had been measured


@pytest.mark.parametrize("name", sorted(SMALL_FULL_RUNS))
def test_a_full_run_that_misses_a_target_exits_1(name, tmp_path):
    patch = write_patch(tmp_path, "benchlib:Targets.at_most", MISS_EVERY_TARGET)
    full = run_benchmark(name, *SMALL_FULL_RUNS[name], patch=patch)
    assert full.returncode == 1, full.stderr[-4000:]
    assert "missed targets" in full.stderr
    result = json.loads(full.stdout)
    assert result["targets_enforced"] is True and result["targets_met"] is False


# --- benchlib ---------------------------------------------------------------------------------------

def test_finish_exits_1_only_for_a_missed_target_in_a_full_run(capsys):
    def status(value: float, quick: bool) -> int:
        targets = benchlib.Targets()
        targets.at_most("ratio", value, 2.0)
        return benchlib.finish({"benchmark": "b"}, targets, quick)

    assert status(1.5, quick=False) == 0
    assert status(2.5, quick=False) == 1
    assert status(2.5, quick=True) == 0
    printed = [json.loads(part) for part in re.split(r"(?<=\n})\n", capsys.readouterr().out.strip())]
    assert [p["targets"]["ratio"]["met"] for p in printed] == [True, False, False]
    assert [p["targets_enforced"] for p in printed] == [True, True, False]


@pytest.mark.parametrize("value", [None, float("nan"), float("inf"), True, "1.2"])
def test_a_target_without_a_measured_figure_is_an_error_not_a_miss(value):
    with pytest.raises(benchlib.BenchmarkError):
        benchlib.Targets().at_most("ratio", value, 2.0)


def test_a_ratio_over_a_baseline_that_took_no_time_is_an_error():
    with pytest.raises(benchlib.BenchmarkError):
        benchlib.ratio(1.0, 0.0)

"""Reports: text for people (grouped, coloured on a terminal), JSON, SARIF."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from .finding import Finding
from .rules import RULES

SCHEMA_VERSION = 1


def as_json(findings: list[Finding], files: list[str]) -> str:
    """The JSON report; its shape is documented in docs/check.md."""
    payload: dict[str, Any] = {
        "version": SCHEMA_VERSION,
        "files": files,
        "summary": _summary(findings),
        "findings": [f.to_dict() for f in findings],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _summary(findings: list[Finding]) -> dict[str, Any]:
    by_rule: dict[str, int] = defaultdict(int)
    for f in findings:
        by_rule[f.rule] += 1
    return {
        "findings": len(findings),
        "safe_fixes": sum(1 for f in findings if f.safe),
        "by_rule": dict(sorted(by_rule.items())),
    }


def as_sarif(findings: list[Finding]) -> str:
    """SARIF 2.1.0, for editors and code-review tools that read it."""
    rules = [
        {
            "id": r.id,
            "shortDescription": {"text": r.title},
            "fullDescription": {"text": r.explanation},
        }
        for r in RULES.values()
    ]
    results = []
    for f in findings:
        region: dict[str, Any] = {}
        if f.line is not None:
            region = {"startLine": f.line, "startColumn": f.column or 1}
        location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": f.file}}}
        if region:
            location["physicalLocation"]["region"] = region
        else:
            location["logicalLocations"] = [{"name": f.where}]
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "level": "warning",
            "message": {"text": f.message},
            "locations": [location],
        }
        result["properties"] = {
            "confidence": round(f.confidence, 2),
            "evidence": f.evidence,
            "safe": f.safe,
        }
        if f.fix is not None:
            result["properties"]["fix"] = f.fix
        if f.protected:
            result["properties"]["protected"] = f.protected
        result["rank"] = round(f.confidence * 100, 1)
        results.append(result)
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "bukva",
                        "informationUri": "https://github.com/bukva/bukva",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def as_text(findings: list[Finding], console=None) -> None:
    """Findings grouped by rule, each with its place, context and fix; then the summary."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console(highlight=False)
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[f.rule].append(f)
    for rule_id in sorted(groups):
        rule = RULES.get(rule_id)
        title = rule.title if rule else rule_id
        console.print(f"[bold]{rule_id}[/bold]  {escape(title)}  ({len(groups[rule_id])})")
        for f in groups[rule_id]:
            place = f"{f.file}:{f.line}:{f.column}" if f.line else f"{f.file} ({f.where})"
            fix = f" → [green]{escape(_one_line(f.fix))}[/green]" if f.fix else ""
            mark = "" if f.safe else " [dim](review)[/dim]"
            mark += f" [dim]{f.confidence:.2f}[/dim]"
            text = escape(_one_line(f.text))
            console.print(f"  [cyan]{escape(place)}[/cyan]  [red]{text}[/red]{fix}{mark}")
            console.print(f"      [dim]{escape(f.context)}[/dim]")
            for occ in f.occurrences:
                where = f"line {occ['line']}" if occ.get("line") else occ["where"]
                console.print(f"      · {escape(occ['text'])} at {escape(where)}")
        console.print()
    s = _summary(findings)
    if s["findings"]:
        console.print(
            f"[bold]{s['findings']} finding(s)[/bold], {s['safe_fixes']} with a safe "
            "fix (bukva check --fix applies them; --diff shows them first)"
        )
    else:
        console.print("[green]No findings.[/green]")


def _one_line(text: str) -> str:
    """A finding's words on one line of the report (a name the text wraps: Teng / Hsiao-p'ing);
    the fix itself keeps the text's line break."""
    return " ".join(text.split())

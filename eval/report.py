"""A Markdown report and a PNG chart of an eval run (`assistant eval --compare --out DIR`)."""

from __future__ import annotations

from pathlib import Path

from .retrieval_eval import METRICS


def metric_table(reports: dict[str, dict]) -> list[str]:
    lines = ["| configuration | " + " | ".join(METRICS) + " | ids in top 5 |",
             "|---" * (len(METRICS) + 2) + "|"]
    for name, r in reports.items():
        lines.append(f"| {name} | " + " | ".join(f"{r[m]:.3f}" for m in METRICS) + f" | {r['ids@5']:.1f} |")
    return lines


def kind_table(reports: dict[str, dict], metric: str = "hit@1") -> list[str]:
    kinds = sorted({kind for r in reports.values() for kind in r["by_kind"]})
    lines = [f"| {metric} by kind | " + " | ".join(f"{k} (n={next(iter(reports.values()))['by_kind'].get(k, {}).get('n', 0)})"
                                                  for k in kinds) + " |",
             "|---" * (len(kinds) + 1) + "|"]
    for name, r in reports.items():
        lines.append(f"| {name} | " + " | ".join(f"{r['by_kind'].get(k, {}).get(metric, 0):.3f}" for k in kinds) + " |")
    return lines


def failures_section(report: dict, answers: dict | None) -> list[str]:
    lines = ["## Failed questions (hybrid: first result not gold)", ""]
    for f in report["failures"]:
        got = ", ".join("+".join(i.split("#")[-1] for i in ids) for ids in f["retrieved"])
        lines.append(f"- **{f['id']}** [{f['kind']}] {f['question']}  \n  gold: {', '.join(g.split('#')[-1] for g in f['gold'])}"
                     f" · retrieved: {got}")
    if answers:
        lines += ["", "## Answers that cited other than the gold (grounded mode)", ""]
        for f in answers["answer_failures"]:
            cited = ", ".join(c.split("#")[-1] for c in f["cited"]) or "nothing (abstained)" 
            lines.append(f"- **{f['id']}** [{f['kind']}] {f['question']}  \n  gold: "
                         f"{', '.join(g.split('#')[-1] for g in f['gold']) or 'none (unanswerable)'} · cited: {cited}  \n"
                         f"  answer: {f['answer'][:300]}")
    return lines


def write_report(folder: Path, title: str, reports: dict[str, dict], answers: dict | None = None) -> Path:
    """report.md and chart.png in folder; returns the report's path."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"# {title}", "", "## Retrieval by configuration", "", *metric_table(reports), "",
             "## By question kind", "", *kind_table(reports, "hit@1"), "", *kind_table(reports, "hit@5"), ""]
    if answers:
        lines += ["## Answers (grounded mode)", "", "| metric | value |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in answers.items() if k != "answer_failures"] + [""]
    lines += ["![metrics by configuration and kind](chart.png)", ""]
    lines += failures_section(reports.get("hybrid") or next(iter(reports.values())), answers)
    path = folder / "report.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_chart(folder / "chart.png", reports)
    return path


def write_chart(path: Path, reports: dict[str, dict]) -> None:
    import matplotlib  # imported lazily: only reports draw charts

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(reports)
    kinds = sorted({k for r in reports.values() for k in r["by_kind"]})
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, 5))
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        left.bar([m + i * width for m in range(len(METRICS))], [reports[name][m] for m in METRICS], width, label=name)
        right.bar([k + i * width for k in range(len(kinds))],
                  [reports[name]["by_kind"].get(kind, {}).get("hit@1", 0) for kind in kinds], width, label=name)
    left.set_xticks([m + 0.4 - width / 2 for m in range(len(METRICS))], METRICS)
    right.set_xticks([k + 0.4 - width / 2 for k in range(len(kinds))], kinds, rotation=20)
    left.set_title("metric by configuration")
    right.set_title("hit@1 by question kind")
    for axis in (left, right):
        axis.set_ylim(0, 1.05)
        axis.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)

"""Grab screenshots of every page at given sizes and themes (run under Xvfb).

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshots.py --out /tmp/shots

Each PNG is named <page>-<scenario>-<theme>-<WxH>.png. Scenarios put the state in
a telling position first (a quiz answered right or wrong, all steps complete).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.app import build_parser, build_session, ensure_app  # noqa: E402
from desktop.records import install_records  # noqa: E402
from desktop.model.settings import AppSettings, save_settings  # noqa: E402


def scenarios(session):
    s, course = session.state, session.course
    quizzes = course.quizzes

    def wrong(q):
        return next(o.key for o in q.options if o.key != q.answer)

    yield "intro", "default", lambda: None
    yield "home", "default", lambda: None
    for n in range(1, 6):
        yield f"step_{n}", "default", lambda: None
    yield "step_1", "quiz-right", lambda: s.answer_quiz(quizzes[0].id, quizzes[0].answer)
    yield "step_2", "quiz-wrong", lambda: s.answer_quiz(quizzes[1].id, wrong(quizzes[1]))

    def levers():
        for key in ("spot", "compression", "caching"):
            setattr(s.cost, key, True)
    yield "step_3", "levers-on", levers

    def loss():
        s.cost.value_k = 300.0
    yield "step_3", "loss", loss

    def set_up_cost():
        s.cost.setup_k = 300.0
    yield "step_3", "set-up-cost", set_up_cost

    def low_risk():
        s.shap.tickets, s.shap.login_gap, s.shap.spend_trend = 1.0, 2.0, "growing"
    yield "step_5", "low-risk", low_risk

    def open_card():
        s.stakeholders.open_card = "vp_sales"
    yield "step_5", "card-open", open_card

    def failing_audit():
        s.bias.rate_a, s.bias.rate_b = 80.0, 40.0
        s.bias.context = "lending"
    yield "step_2", "audit-fail", failing_audit

    def passing_audit():
        s.bias.rate_a, s.bias.rate_b = 62.0, 58.0
        s.gdpr.preset, s.gdpr.checked = "fraud_detection", True
    yield "step_2", "audit-pass", passing_audit

    def custom_result():
        g = course.topic("gdpr")
        s.gdpr.mode = "custom"
        s.gdpr.custom = {**g.preset("resume_screening").answers, "human_review": "no",
                         "art22_exception": "explicit_consent",
                         "data": ("contact", "career", "children")}
        s.gdpr.custom_checked = True
    yield "step_2", "custom-result", custom_result

    def anonymous_data():
        s.gdpr.mode = "custom"
        s.gdpr.custom = {"personal_data": "no", "ai_act_use": "recruitment", "art6_3": "preparatory",
                         "ai_practice": ()}
        s.gdpr.custom_checked = True
    yield "step_2", "custom-anonymous", anonymous_data

    def missing():  # Finish pressed with most of the course still to do (issue 19)
        session.window.go("step_5")
        session.window.finish()
    yield "step_5", "finish-missing", missing

    def finish():
        for q in quizzes:
            s.answer_quiz(q.id, q.answer)
        for n in range(1, 6):
            s.complete_step(n)
    yield "closing", "complete", finish

    def score_card():
        session.window.go("step_5")
        session.window.show_score_card()
    yield "step_5", "score-card", score_card


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    p.add_argument("--sizes", default="1366x768,1920x1080")
    p.add_argument("--themes", default="light,dark")
    p.add_argument("--pages", default="", help="comma-separated page ids (default: all)")
    p.add_argument("--full", action="store_true", help="also grab each page's whole scroll height")
    p.add_argument("--scale", type=float, default=1.0, help="text size, 1.0 to 2.0")
    p.add_argument("--lang", default="en", help="interface language: en, de, ar or pseudo")
    opts = p.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)
    app = ensure_app()
    wanted = set(filter(None, opts.pages.split(",")))
    for theme_name in opts.themes.split(","):
        for size in opts.sizes.split(","):
            w, h = (int(v) for v in size.split("x"))
            folder = Path(tempfile.mkdtemp())
            save_settings(folder / "settings.json", AppSettings(text_scale=opts.scale))
            args = build_parser().parse_args(["--theme", theme_name, "--data-dir", str(folder),
                                              "--lang", opts.lang])
            session = build_session(args, app)
            install_records(session)  # the closing page's certificate card, as the app has it
            win = session.window
            win.resize(w, h)
            win.show()
            for page, scenario, prepare in scenarios(session):
                if wanted and page not in wanted:
                    continue
                prepare()
                win.go(page)
                for _ in range(5):
                    app.processEvents()
                zoom = f"-{int(opts.scale * 100)}pct" if opts.scale != 1.0 else ""
                lang = f"-{opts.lang}" if opts.lang != "en" else ""
                name = f"{page}-{scenario}-{theme_name}-{w}x{h}{zoom}{lang}.png"
                win.grab().save(str(opts.out / name))
                if opts.full:
                    widget = win.page(page).widget()
                    widget.grab().save(str(opts.out / f"full-{name}"))
                print(opts.out / name)
            session.close()
            win.close()
            win.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""When a step completes and what the finish still needs (pure model, no Qt)."""

from __future__ import annotations

from desktop.model.progress import (Missing, StepNeeds, missing_for_certificate,
                                    missing_for_finish, steps_met)
from desktop.model.state import StateRules, apply_saved, new_state, reset_state, state_to_dict

NEEDS = (StepNeeds(1, ("q1",), ("diagram",)), StepNeeds(2, ("q2",), ("gdpr", "bias")),
         StepNeeds(3, (), ("cost",)))


def test_a_step_needs_its_quiz_and_every_part():
    assert steps_met(NEEDS, {"q1": "b"}, ()) == ()
    assert steps_met(NEEDS, {"q1": "b"}, ("diagram", "gdpr")) == (1,)
    assert steps_met(NEEDS, {"q1": "b", "q2": "a"}, ("diagram", "gdpr", "bias", "cost")) == (1, 2, 3)


def test_the_finish_lists_only_steps_not_yet_complete_in_course_order():
    todo = missing_for_finish(NEEDS, completed=(1,), answers={}, used=("bias",))
    assert todo == (Missing(2, "quiz", "q2"), Missing(2, "part", "gdpr"), Missing(3, "part", "cost"))


def test_the_certificate_also_wants_quizzes_a_button_skipped():
    todo = missing_for_certificate(NEEDS, completed=(1, 2, 3), answers={"q1": "a"}, used=())
    assert todo == (Missing(2, "quiz", "q2"),)


def test_used_is_saved_and_old_progress_files_without_it_load():
    rules = StateRules()
    state = new_state(rules)
    state.mark_used("bias")
    state.mark_used("bias")
    state.mark_used("not_a_section")
    assert state.used == ("bias",)
    saved = state_to_dict(state)
    assert saved["used"] == ["bias"]
    again = new_state(rules)
    assert apply_saved(again, saved, rules) == []
    assert again.used == ("bias",)
    old = {k: v for k, v in saved.items() if k != "used"}  # a file from before issue 19
    older = new_state(rules)
    assert apply_saved(older, old, rules) == [] and older.used == ()
    assert apply_saved(older, {**saved, "used": ["bias", "nope"]}, rules) == ["used:nope"]


def test_a_reset_forgets_what_was_used_even_though_sections_change_on_the_way():
    rules = StateRules()
    state = new_state(rules)
    state.bias.rate_b = 40.0

    def learner_changed_bias(*_):
        state.mark_used("bias")  # what a step page does on the section's events

    state.bias.events.all.connect(learner_changed_bias)
    state.bias.rate_b = 41.0
    assert state.used == ("bias",)
    reset_state(state, rules)  # rate_b changes back: the event fires during the reset
    assert state.used == ()


def test_a_reset_does_not_leave_a_step_completed_by_the_way():
    """Step 3 has no quiz: a reset that clears the answers before 'used' must not
    complete it (what the shell does on each change, done here by hand)."""
    rules = StateRules()
    state = new_state(rules)
    needs = (StepNeeds(3, (), ("cost",)),)

    def settle(*_):
        if not state.assigning:
            for n in steps_met(needs, state.quiz_answers, state.used):
                state.complete_step(n)

    state.events.quiz_answers.connect(settle)
    state.events.used.connect(settle)
    state.mark_used("cost")
    assert state.completed_steps == (3,)
    reset_state(state, rules)
    assert state.completed_steps == () and state.used == ()

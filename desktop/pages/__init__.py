"""One page per step, plus home, intro and closing; each binds state to widgets."""

"""Pure Python model layer: no Qt, no pyqtgraph, no YAML."""

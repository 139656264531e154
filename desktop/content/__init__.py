"""Course content: YAML files turned into typed, frozen objects."""

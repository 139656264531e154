"""Reusable Qt widgets: plain values in, signals out; they never import pages."""

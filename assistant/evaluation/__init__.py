"""Benchmarks of retrieval (and, later, drafting) on the shipped corpus."""

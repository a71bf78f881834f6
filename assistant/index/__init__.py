"""Vector index: embeddings, token counting and the precedent store."""

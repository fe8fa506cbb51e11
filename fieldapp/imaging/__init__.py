"""Image work on bytes with Pillow alone: metadata scrubbing and redaction of areas."""

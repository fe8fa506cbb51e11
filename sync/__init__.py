"""Wire formats, crypto and merge rules shared by observers and the office (no fieldapp, no Qt)."""

"""Preparing one conversation: answers → plan → note, and keeping the note private."""

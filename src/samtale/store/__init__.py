"""Everything written or read about a citizen: notes, drafts, follow-ups, practice answers,
the passphrase check, temp files, encryption and where such files may go.

Kept apart from the pure prep core so that every privacy rule can be found in one place.
"""

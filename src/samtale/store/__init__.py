"""Everything written or read about a citizen: notes, drafts, follow-ups, practice answers,
the passphrase check, temp files, encryption and where such files may go.

Kept apart from the pure prep core so that every privacy rule can be found in one place.
It is the only way to the disk (the guide cache is written here too, `store.cache`) and
never talks to the terminal: the passphrase is asked through prompts its caller passes
(`store.keys.Prompts`). tests/unit/test_disk_rule.py holds both rules.
"""

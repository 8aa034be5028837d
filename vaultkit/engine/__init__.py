"""Reading a vault and running the rules on it, in the order the data flows:

- parse.py: one note's bytes → Note and its note-rule findings (a pure function)
- load.py: discover, read, the note cache and the process pool → VaultIndex
- run.py: which rules are enabled, the rule loop, vault rules, filtering findings
- focus.py: a few notes with the rest of the vault as context (the pre-commit hook)
- staged.py: what a staged rename or delete breaks; note files → their vaults
"""

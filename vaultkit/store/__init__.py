"""What vaultkit keeps on disk, in `VAULT/.vaultkit/`: caches of data (never code) and the one
way it writes a file.

- notes.py: the note cache, per-note results by content hash (notes.sqlite)
- runs.py: the run cache, the findings of a whole verify by vault digest
- context.py: the context store a focus run reads instead of the whole vault (context.sqlite)
- vectors.py: the semantic layer's vectors by content hash and model
- codec.py: the entries' format (msgpack, registered records only)
- paths.py: where those files lie and the check that they stay inside the vault
- atomic.py: atomic_write, used by every file vaultkit writes
"""

"""The detector: from an article's text to a Detection, and from detections to incidents.

Owns: text normalisation and sentences (`text`), the term files per language
(`languages/*.toml`, read by `terms`) and their one-pass automaton (`lexicon`), the
gazetteer of coalition-hosting bases (`gazetteer`), reading sentences for evidence and
framing (`reading`), the bases attacked (`targets`), attack dates (`dates`), counts,
casualties and claims (`facts`), the matcher that combines them (`matcher`), the pure
grouping of reports into incidents (`incidents`) and the scoring of the detector on
labelled corpora (`evaluation`).

May import: `monitor.models`, `monitor.errors` and the standard library; nothing that does
I/O beyond reading its own data files. No clock: `now` and publication times are passed in.

Used by: `monitor.store` (grouping), `monitor.service` (matching fetched articles),
`monitor.cli` (`match`, `eval`).
"""

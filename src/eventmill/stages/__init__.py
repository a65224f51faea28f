"""The pipeline's stages, one module each; `eventmill.stages.order` is the one place that lists them.

This package imports nothing itself, so a stage's helper module (`eventmill.stages.mentions.numbers`)
can be imported alone, without pulling in every stage and the events that read their output.
"""

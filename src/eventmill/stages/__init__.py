"""Pipeline stages, one module each, in the order an article goes through them.

normalize -> language -> parse -> mentions -> geocode -> quotes -> events -> actors
"""

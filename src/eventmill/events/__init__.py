"""Reading events: trigger words become candidates (`triggers`), a typer decides their type
(`event_type`), and decided candidates become merged, finished events (`assemble`)."""
